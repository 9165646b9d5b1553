package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers that let the portal, and only the portal, embed our answers, on successes and
 * failures alike; and failures that say what went wrong without a stack trace or SQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
            URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void everyAnswerForbidsSniffingAndFramingByAnyoneButThePortal() throws Exception {
    String admin = new Api(deployment).tokenOf("admin");
    for (HttpResponse<String> r :
        new HttpResponse[] {
          get("api/plans", admin),
          get("api/units/no-such-unit", admin),
          get("api/open-data/rach-gia-2022-2025/progress.json", null)
        }) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(r.uri().toString())
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("frame-ancestors 'self'")
                      .contains("default-src 'none'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void answersThatDependOnTheCallerAreNotCached() throws Exception {
    HttpResponse<String> r = get("api/plans", new Api(deployment).tokenOf("admin"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void refusalsCarryNoStackTraceNorSql() throws Exception {
    for (HttpResponse<String> r :
        new HttpResponse[] {
          get("api/units", null),
          get("api/units", "not.a.token"),
          get("api/audit", new Api(deployment).tokenOf("public")),
          get("api/units/no-such-unit", new Api(deployment).tokenOf("admin"))
        }) {
      assertThat(r.statusCode()).as(r.uri().toString()).isIn(401, 403, 404);
      assertThat(r.body()).doesNotContain("Exception", "\tat ", "SELECT", "select ", "SQL");
      assertThat(r.headers().firstValue("Content-Type"))
          .as(r.uri().toString())
          .hasValue("application/problem+json");
    }
  }

  @Test
  void refusalsByTheContainerAreProblemsInTheReadersLanguage() throws Exception {
    HttpResponse<String> none = get("api/units", null);
    HttpResponse<String> forbidden = get("api/audit", new Api(deployment).tokenOf("public"));

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(none.body())
        .contains("\"status\":401", "Chưa đăng nhập", "urn:emulation:problem:unauthorized");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("\"status\":403", "Không có quyền");
  }
}
