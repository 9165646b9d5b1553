package it.vn.emulation.sample;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR every test deploys: the one emulation-jakarta built, copied by the pom. */
final class Deployments {

  private Deployments() {}

  static WebArchive emulation() {
    return ShrinkWrap.create(ZipImporter.class, "emulation.war")
        .importFrom(new File(System.getProperty("emulation.war")))
        .as(WebArchive.class);
  }
}
