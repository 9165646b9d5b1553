package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix, generated from the OpenAPI document the server publishes: every
 * operation must have a declared rule in {@code authorisation-rules.tsv}, and every operation is
 * called as every role and as nobody, each answer checked against the rule. Writes are sent empty
 * bodies, so that an admitted caller is stopped by validation (400), never by authorisation, and
 * nothing changes — except that starting an evaluation run needs no field, so the officer's and the
 * administrator's calls each store a run of the demo city (append-only; no data changes).
 * Unit-scoped callers aim at their own ward (Vĩnh Lạc, 30745): here the question is the role;
 * CrossUnitIT asks about the unit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

  static final String PLAN = "rach-gia-2022-2025";
  static final String OWN_WARD = "30745";
  static final String OCCASION = "ANNUAL-2023";
  static final String ANONYMOUS = "anonymous";

  /** One demo user per role, the unit-scoped ones of the same ward. */
  static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

  static {
    USER_OF_ROLE.put("reporter", "reporter.vinhlac");
    USER_OF_ROLE.put("unit-head", "head.vinhlac");
    USER_OF_ROLE.put("officer", "officer");
    USER_OF_ROLE.put("council", "council");
    USER_OF_ROLE.put("chairman", "chairman");
    USER_OF_ROLE.put("admin", "admin");
    USER_OF_ROLE.put("public", "public");
  }

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(deployment);
  }

  @Test
  void everyPublishedOperationHasADeclaredRuleAndEveryRuleAnOperation() {
    Set<String> published = new TreeSet<>(operations().keySet());
    Set<String> declared = new TreeSet<>(rules().keySet());

    assertThat(published).as("operations in /openapi").hasSizeGreaterThan(25);
    assertThat(difference(published, declared))
        .as("operations without a rule in authorisation-rules.tsv")
        .isEmpty();
    assertThat(difference(declared, published))
        .as("rules naming no operation of /openapi")
        .isEmpty();
  }

  @Test
  void theDocumentSaysWhichOperationsNeedAToken() {
    Map<String, Set<String>> rules = rules();
    operations()
        .forEach(
            (op, doc) -> {
              boolean open = rules.getOrDefault(op, Set.of()).contains(ANONYMOUS);
              assertThat(doc.containsKey("x-published")).as(op).isEqualTo(open);
              if (!open) {
                assertThat(doc.getJsonObject("responses").keySet()).as(op).contains("401", "403");
              }
            });
  }

  @Test
  void everyOperationAnswersEveryRoleAsItsRuleSays() {
    Map<String, JsonObject> bodies = operations();
    Map<String, Set<String>> rules = rules();
    String participant = ownWardParticipant();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, JsonObject> op : bodies.entrySet()) {
      Set<String> allowed = rules.get(op.getKey());
      if (allowed == null) {
        continue; // reported by the other test
      }
      String method = op.getKey().substring(0, op.getKey().indexOf(' '));
      String path = concrete(op.getKey().substring(method.length() + 1), participant);
      for (String caller : callers()) {
        String token = ANONYMOUS.equals(caller) ? null : api.tokenOf(USER_OF_ROLE.get(caller));
        Api.Reply r = api.call(method, path, token, bodyType(op.getValue()));
        calls++;
        String verdict = judge(caller, allowed, r.status());
        if (verdict != null) {
          wrong.add(
              op.getKey()
                  + " as "
                  + caller
                  + ": "
                  + r.status()
                  + " ("
                  + verdict
                  + ") "
                  + abbreviate(r.body()));
        }
      }
    }
    assertThat(calls).isGreaterThan(25 * 8);
    assertThat(wrong).as("answers that contradict authorisation-rules.tsv").isEmpty();
  }

  /** Null when the answer fits the rule, else what was expected. */
  static String judge(String caller, Set<String> allowed, int status) {
    if (allowed.contains(caller)) {
      return status == 401 || status == 403 || status >= 500 ? "expected to be admitted" : null;
    }
    int expected = ANONYMOUS.equals(caller) ? 401 : 403;
    return status == expected ? null : "expected " + expected;
  }

  static List<String> callers() {
    List<String> all = new ArrayList<>();
    all.add(ANONYMOUS);
    all.addAll(USER_OF_ROLE.keySet());
    return all;
  }

  /** "METHOD /api/path" to its description in the document. */
  private Map<String, JsonObject> operations() {
    Api.Reply doc = api.get("/openapi?format=JSON", null);
    assertThat(doc.status()).isEqualTo(200);
    JsonObject paths = doc.object().getJsonObject("paths");
    Map<String, JsonObject> ops = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
      String path = p.getKey().startsWith("/emulation/") ? p.getKey().substring(10) : p.getKey();
      if (!path.startsWith("/api/")) {
        continue; // another application's, such as the sample's development sign-in
      }
      for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
        String method = m.getKey().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        ops.put(method + " " + path, m.getValue().asJsonObject());
      }
    }
    return ops;
  }

  /** The media type of an operation's request body, null when it takes none. */
  private static String bodyType(JsonObject op) {
    if (!op.containsKey("requestBody")) {
      return null;
    }
    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
    return content == null || content.isEmpty()
        ? "application/json"
        : content.keySet().iterator().next();
  }

  /** The declared rules, aliases expanded: "METHOD /api/path" to the callers admitted. */
  static Map<String, Set<String>> rules() {
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    Map<String, Set<String>> rules = new LinkedHashMap<>();
    for (String line : ruleLines()) {
      String[] f = line.split("\t");
      if (line.startsWith("@")) {
        aliases.put(f[0], Set.of(f[1].split(" ")));
        continue;
      }
      Set<String> who = new LinkedHashSet<>();
      for (String w : f[2].split(" ")) {
        who.addAll(aliases.getOrDefault(w, Set.of(w)));
      }
      String key = f[0] + " " + f[1];
      assertThat(rules.put(key, who)).as("rule declared twice: " + key).isNull();
    }
    return rules;
  }

  private static List<String> ruleLines() {
    try (InputStream in =
        AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-rules.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A participant of the scoped users' own ward, so that their admitted reads find it. */
  private String ownWardParticipant() {
    Api.Reply r =
        api.call(
            "GET",
            "api/plans/" + PLAN + "/participants?size=1&unit=" + OWN_WARD,
            api.tokenOf("admin"),
            null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getJsonObject(0).getString("id");
  }

  /** The path with its parameters filled in: the Rạch Giá plan, the own ward, a participant. */
  static String concrete(String path, String participant) {
    String p =
        path.startsWith("/api/units/{code}")
            ? path.replace("{code}", OWN_WARD)
            : path.replace("{code}", PLAN);
    return p.substring(1)
        .replace("{plan}", PLAN)
        .replace("{version}", "1")
        .replace("{occasion}", OCCASION)
        .replace("{participant}", participant)
        .replace("/participants/{id}", "/participants/" + participant)
        .replace("/uploads/{id}", "/uploads/00000000-0000-0000-0000-000000000000")
        .replace("/registrations/{id}", "/registrations/00000000-0000-0000-0000-000000000000")
        .replace("/reports/{id}", "/reports/00000000-0000-0000-0000-000000000000")
        .replace("/nominations/{id}", "/nominations/00000000-0000-0000-0000-000000000000")
        .replace("/announcements/{id}", "/announcements/00000000-0000-0000-0000-000000000000")
        .replace("/council-meetings/{id}", "/council-meetings/00000000-0000-0000-0000-000000000000")
        .replace("/submissions/{id}", "/submissions/00000000-0000-0000-0000-000000000000")
        .replace("/revocations/{id}", "/revocations/00000000-0000-0000-0000-000000000000")
        .replace("/notices/{id}", "/notices/00000000-0000-0000-0000-000000000000")
        .replace(
            "/received-dossiers/{id}", "/received-dossiers/00000000-0000-0000-0000-000000000000")
        .replace("/decisions/{form}", "/decisions/GIAY_KHEN")
        .replace("{nomination}", "00000000-0000-0000-0000-000000000000")
        .replace("{run}", "00000000-0000-0000-0000-000000000000");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static String abbreviate(String body) {
    String b = body == null ? "" : body.replaceAll("\\s+", " ");
    return b.length() > 160 ? b.substring(0, 160) + "…" : b;
  }
}
