package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR serves {@code META-INF/openapi.json} as it is, so that Liberty keeps the model across
 * restarts (ADR 0055). This test is what keeps that file true: it deploys the WAR with the file
 * removed and the document generated the old way, from the annotations through {@code
 * ContractDocumentation} as the registered filter, and requires the two to be the same JSON (the
 * {@code servers}, which Liberty adds from the request, aside). When an annotation or a schema has
 * changed, the generated document is in {@code target/openapi-generated.json}: copy it over the
 * checked-in file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiGenerationIT {

  static final String STATIC = "/WEB-INF/classes/META-INF/openapi.json";
  static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";
  static final String CHECKED_IN = "emulation-jakarta/src/main/resources/META-INF/openapi.json";

  @Deployment(testable = false)
  static WebArchive generating() {
    WebArchive war = Deployments.emulation();
    String config = text(war, CONFIG);
    assertThat(config).contains("mp.openapi.scan.disable=true");
    war.delete(STATIC);
    war.delete(CONFIG);
    war.addAsResource(
        new StringAsset(
            config.replace(
                "mp.openapi.scan.disable=true",
                "mp.openapi.scan.disable=false\n"
                    + "mp.openapi.filter="
                    + "vn.emulation.jakarta.interfaces.rest.ContractDocumentation")),
        "META-INF/microprofile-config.properties");
    return war;
  }

  @ArquillianResource URL deployment;

  @Test
  void theCheckedInDocumentIsTheOneTheAnnotationsAndTheFilterMake() throws IOException {
    Api.Reply r = new Api(deployment).get("/openapi?format=JSON", null);
    assertThat(r.status()).isEqualTo(200);
    JsonObject generated = withoutServers(parse(r.body()));
    JsonObject checkedIn = parse(text(Deployments.emulation(), STATIC));
    // the same fields of the served document the other ITs read, so a test that passes says much
    assertThat(generated.getJsonObject("paths")).hasSizeGreaterThan(25);

    List<String> differences = differences("", checkedIn, generated);
    if (!differences.isEmpty()) {
      Path out = Path.of("target/openapi-generated.json");
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
          JsonWriter jw =
              Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                  .createWriter(w)) {
        jw.write(generated);
      }
    }
    assertThat(differences)
        .as(
            "differences of %s from the generated document (target/openapi-generated.json: copy"
                + " it over the checked-in file)",
            CHECKED_IN)
        .isEmpty();
  }

  @Test
  void thePublishedReadsLiftTheTokenWithAnEmptySecurityList() {
    JsonObject doc = parse(new Api(deployment).get("/openapi?format=JSON", null).body());
    int published = 0;
    for (Map.Entry<String, JsonValue> p : doc.getJsonObject("paths").entrySet()) {
      for (JsonValue op : p.getValue().asJsonObject().values()) {
        if (op instanceof JsonObject o && o.containsKey("x-published")) {
          published++;
          // [] and not [{}]: both say "no token", Liberty's validator refuses the second
          assertThat(o.getJsonArray("security")).as(p.getKey()).isEmpty();
        }
      }
    }
    assertThat(published).isGreaterThan(5);
    assertThat(doc.getJsonArray("security")).hasSize(1);
  }

  /** Where two JSON values differ, as JSON pointers (at most 20). */
  static List<String> differences(String at, JsonValue a, JsonValue b) {
    List<String> found = new ArrayList<>();
    collect(at, a, b, found);
    return found.size() > 20 ? found.subList(0, 20) : found;
  }

  private static void collect(String at, JsonValue a, JsonValue b, List<String> found) {
    if (a.equals(b) || found.size() > 20) {
      return;
    }
    if (a instanceof JsonObject x && b instanceof JsonObject y) {
      Set<String> keys = new TreeSet<>(x.keySet());
      keys.addAll(y.keySet());
      for (String k : keys) {
        String here = at + "/" + k.replace("~", "~0").replace("/", "~1");
        if (!x.containsKey(k)) {
          found.add(here + ": only in the generated document");
        } else if (!y.containsKey(k)) {
          found.add(here + ": only in the checked-in file");
        } else {
          collect(here, x.get(k), y.get(k), found);
        }
      }
    } else {
      found.add(at + ": " + abbreviated(a) + " against generated " + abbreviated(b));
    }
  }

  private static String abbreviated(JsonValue v) {
    String s = v.toString();
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  private static JsonObject withoutServers(JsonObject doc) {
    return Json.createObjectBuilder(doc).remove("servers").build();
  }

  private static JsonObject parse(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  private static String text(WebArchive war, String path) {
    try (InputStream in = war.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
