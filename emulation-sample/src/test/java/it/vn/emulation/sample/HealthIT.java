package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness includes the database and its migrations; the API is documented. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  @Test
  void readyWithTheDatabaseMigrated() {
    Api.Reply ready = new Api(deployment).get("/health/ready", null);

    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    JsonObject check =
        ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("migrations")).isEqualTo("current");
  }

  @Test
  void theOpenApiDocumentDescribesThePlanEndpoints() {
    Api.Reply doc = new Api(deployment).get("/openapi", null);

    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body())
        .contains("/emulation\n")
        .contains("/api/plans/{code}/versions/{version}");
  }
}
