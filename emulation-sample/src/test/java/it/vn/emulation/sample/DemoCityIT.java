package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample server starts with the Rạch Giá plan loaded. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoCityIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  @Test
  void theRachGiaPlanIsLoadedOnFirstStart() {
    Api.Reply versions = new Api(deployment).get("api/plans/rach-gia-2022-2025/versions", null);

    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    assertThat(versions.json().asJsonArray()).hasSize(1);
  }
}
