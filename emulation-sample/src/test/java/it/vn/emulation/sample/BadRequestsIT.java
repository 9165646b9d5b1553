package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests that are wrong at the edge, before any operation reads them: addresses that are no URI,
 * paths the container refuses, headers that are not text, bodies nested a thousand deep. Each is a
 * client error answered without a 5xx, without the server's internals (class names, message codes,
 * stack frames, its $WSEP header) and in UTF-8; none files an FFDC incident. Sent over a raw
 * socket: java.net.http refuses to send most of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadRequestsIT {

  private static final String API = "/emulation/api";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private RawHttp http() {
    return new RawHttp(deployment);
  }

  private String bearer(String user) {
    return "Authorization: " + Api.bearer(URI.create(deployment.toString()), user);
  }

  @Test
  void anAddressThatIsNoUriIsA400ProblemNamingTheQueryOrThePathTokenOrNone() throws Exception {
    String officer = bearer("officer");
    List<RawHttp.Answer> answers = new ArrayList<>();
    for (String bad : new String[] {"%G1", "%", "<", "\"", "|", "{", "^", "`"}) {
      answers.add(http().get(API + "/units?date=" + bad));
      answers.add(http().get(API + "/units?date=" + bad, officer));
      answers.add(http().get(API + "/open-data/rach-gia-2022-2025/progress.csv?unit=" + bad));
    }
    for (RawHttp.Answer a : answers) {
      assertThat(a.status()).as(a.request()).isEqualTo(400);
      assertThat(fieldOf(a)).as(a.request()).isEqualTo("query");
    }
    for (String bad : new String[] {"<", "\"", "|", "{", "^", "`"}) {
      RawHttp.Answer a = http().get(API + "/units/a" + bad + "b", officer);
      assertThat(a.status()).as(a.request()).isEqualTo(400);
      assertThat(fieldOf(a)).as(a.request()).isEqualTo("path");
      assertThat(problem(a).getString("instance"))
          .as(a.request())
          .startsWith(API + "/units/a%")
          .doesNotContain(bad);
    }
    answers.forEach(a -> assertClean(a, true));
  }

  @Test
  void theReasonIsInTheReadersLanguage() throws Exception {
    RawHttp.Answer en = http().get(API + "/units?date=%G1", "Accept-Language: en");
    RawHttp.Answer vi = http().get(API + "/units?date=%G1", "Accept-Language: vi");

    assertThat(en.text()).contains("The query holds a character that is not allowed");
    assertThat(vi.text()).contains("Chuỗi truy vấn có ký tự không được phép");
  }

  @Test
  void aBodyNestedAThousandDeepIsA400() throws Exception {
    String admin = bearer("admin");
    for (String body :
        new String[] {
          "{\"a\":".repeat(1000) + "1" + "}".repeat(1000),
          "[".repeat(1000) + "]".repeat(1000),
          "[".repeat(100_000) + "]".repeat(100_000)
        }) {
      for (String path : new String[] {"/plans", "/units", "/units/merge"}) {
        RawHttp.Answer a =
            http()
                .send(
                    "POST",
                    (API + path).getBytes(StandardCharsets.UTF_8),
                    body.getBytes(StandardCharsets.UTF_8),
                    admin,
                    "Content-Type: application/json");
        assertThat(a.status()).as(path + " " + body.length()).isEqualTo(400);
        assertClean(a, true);
      }
    }
  }

  @Test
  void whatTheContainerRefusesInsideTheWarIsAProblemInUtf8() throws Exception {
    String officer = bearer("officer");
    byte[] rawInvalidUtf8 = (API + "/units/\u00C3(").getBytes(StandardCharsets.ISO_8859_1);
    List<RawHttp.Answer> answers =
        List.of(
            http().get(API + "/units/..%2F..%2Fetc%2Fpasswd", officer),
            http().get(API + "/units/..%5C..%5Cetc%5Cpasswd", officer),
            http().get(API + "/units/%C3%28", officer),
            http().get(rawInvalidUtf8, officer),
            http().get(API + "/units", officer, "Accept: \u00C3("),
            http().get(API + "/units", officer, "Accept-Language: \u00C3("),
            http().get("/emulation/WEB-INF/web.xml", "Accept-Language: vi"),
            http().get("/emulation/WEB-INF/beans.xml", "Accept-Language: vi"),
            http().get("/emulation/nothing-here", "Accept-Language: vi"));
    for (RawHttp.Answer a : answers) {
      assertThat(a.status()).as(a.request()).isBetween(200, 499);
      assertClean(a, true);
      if (a.status() >= 400) {
        assertThat(problem(a).getInt("status")).as(a.request()).isEqualTo(a.status());
      }
    }
  }

  @Test
  void whatOtherApplicationsAndUnknownAddressesAnswerShowsNoInternals() throws Exception {
    // Outside the WAR the server's settings speak (README, "Deploying to your Open Liberty"):
    // fixed ASCII texts, because Liberty labels another application's error page with the
    // charset of the reader's locale, which no setting changes.
    for (RawHttp.Answer a :
        List.of(
            http().get("/health/<script>", "Accept-Language: vi"),
            http().get("/health/nothing", "Accept-Language: en"),
            http().get("/no-such-application", "Accept-Language: vi"),
            http().get("/", "Accept-Language: vi"))) {
      assertThat(a.status()).as(a.request()).isBetween(400, 499);
      assertClean(a, false);
      assertThat(a.text()).as(a.request()).doesNotContain("<script");
    }
  }

  @Test
  void anAddressTheContainerCannotDecodeIsStillOnlyA400() throws Exception {
    // Liberty's web container refuses these before any application sees them, with a fixed
    // one-line page no setting changes (README, "Deploying to your Open Liberty"): a 400, its
    // message code CWWWC0005I, the path HTML-escaped, no stack, no class names.
    for (RawHttp.Answer a :
        List.of(
            http().get(API + "/units/%G1"),
            http().get(API + "/units/%"),
            http().get(API + "/units/a\tb"))) {
      assertThat(a.status()).as(a.request()).isEqualTo(400);
      assertThat(a.all())
          .as(a.request())
          .doesNotContain("com.ibm", "Exception", "$WSEP", "\tat ", "<script");
    }
  }

  @Test
  void metricsAnswerNobodyWithoutAdministratorCredentials() throws Exception {
    // over HTTP Liberty sends the reader to HTTPS, where it wants an administrator's password
    for (RawHttp.Answer a :
        List.of(
            http().get("/metrics"),
            http().get("/metrics/vendor"),
            http().get("/metrics", bearer("admin")))) {
      assertThat(a.status()).as(a.request()).isIn(302, 401, 403);
      assertThat(a.text()).as(a.request()).doesNotContain("servlet_", "memory_", "heap");
    }
  }

  @Test
  void client400sFileNoFfdcIncident() throws Exception {
    File ffdc = new File(System.getProperty("emulation.server.dir"), "logs/ffdc");
    Set<String> before = files(ffdc);
    Api admin = new Api(deployment);
    String token = bearer("admin");
    String adminToken = admin.tokenOf("admin");

    List<Integer> statuses = new ArrayList<>();
    statuses.add(admin.post("api/units", "{\"code\": ", "vi").status());
    statuses.add(admin.post("api/units", "{\"code\": \"\"}", "vi").status());
    statuses.add(admin.post("api/plans", "{\"format\": 1}", "vi").status());
    statuses.add(admin.get("api/units?date=not-a-date", "vi").status());
    statuses.add(http().get(API + "/units?date=%G1", token).status());
    statuses.add(http().get(API + "/units/a|b", token).status());
    statuses.add(
        admin
            .request(
                "POST",
                "api/plans/rach-gia-2022-2025/measurements/uploads",
                adminToken,
                "text/csv",
                ReportFiles.csv(ReportFiles.HEADER, "G2,NO_SUCH_UNIT,2023,,1,2,"))
            .status());
    statuses.add(
        admin
            .request(
                "POST",
                "api/plans/rach-gia-2022-2025/measurements/uploads",
                adminToken,
                ReportFiles.XLSX,
                "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.UTF_8))
            .status());
    statuses.add(admin.post("api/plans/rach-gia-2022-2025/participants", "{}", "vi").status());

    assertThat(statuses).allSatisfy(s -> assertThat(s).isEqualTo(400));
    assertThat(files(ffdc))
        .as("FFDC incidents filed under " + ffdc)
        .containsExactlyInAnyOrderElementsOf(before);
  }

  private static Set<String> files(File dir) {
    String[] names = dir.list();
    return names == null ? Set.of() : new TreeSet<>(List.of(names));
  }

  private static JsonObject problem(RawHttp.Answer a) {
    assertThat(a.header("Content-Type")).as(a.request()).startsWith("application/problem+json");
    return Json.createReader(new StringReader(a.text())).readObject();
  }

  private static String fieldOf(RawHttp.Answer a) {
    return problem(a).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  /**
   * No internals anywhere in the answer, and a body that is UTF-8: labelled so (or JSON, UTF-8 by
   * definition) where {@code labelled}, else at least pure ASCII, which reads the same in any.
   */
  static void assertClean(RawHttp.Answer a, boolean labelled) {
    assertThat(a.all())
        .as(a.request())
        .doesNotContain(
            "com.ibm",
            "SRVE",
            "CWW",
            "$WSEP",
            "Exception",
            "\tat ",
            "java.",
            "jakarta.",
            "org.jboss",
            "org.eclipse");
    assertThat(a.all()).as(a.request()).doesNotContainPattern(" at [a-z]+\\.[a-z]+\\.");
    assertThat(a.header("Server")).as(a.request()).isNull();
    if (a.body().length == 0) {
      return;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(a.body()));
    } catch (CharacterCodingException e) {
      throw new AssertionError(a.request() + ": the body is not UTF-8", e);
    }
    String type = a.header("Content-Type");
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT).replace(" ", "");
    if (labelled) {
      assertThat(
              lower.contains("charset=utf-8")
                  || lower.matches("application/([a-z.+-]*\\+)?json(;.*)?"))
          .as(a.request() + " answers " + type)
          .isTrue();
    } else if (!lower.contains("charset=utf-8")) {
      assertThat(new String(a.body(), StandardCharsets.US_ASCII).chars().allMatch(c -> c < 128))
          .as(a.request() + " answers " + type + " with non-ASCII text")
          .isTrue();
    }
  }
}
