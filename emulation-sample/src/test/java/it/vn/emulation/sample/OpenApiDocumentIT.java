package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document an integrator codes against, as the server publishes it: valid OpenAPI 3.0
 * (against the specification's own JSON Schema), every request body and every success answer with a
 * schema that says more than "an object", and every error answer the one {@code Problem}. The
 * document is also written to {@code target/openapi.json} for reading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

  static final String PROBLEM = "#/components/schemas/Problem";
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  @Test
  void theDocumentIsValidOpenApi30() throws IOException {
    String text = document();
    Files.writeString(Path.of("target/openapi.json"), text, StandardCharsets.UTF_8);
    Schema oas =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(resource("/openapi/oas-3.0-schema.json"), InputFormat.JSON);

    List<Error> errors = oas.validate(text, InputFormat.JSON);
    // the validator does check: a document without info and with a bad status is refused
    List<Error> broken =
        oas.validate(
            "{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":"
                + "{\"responses\":{\"2000\":{\"description\":\"x\"}}}}}}",
            InputFormat.JSON);

    assertThat(errors).as("violations of the OpenAPI 3.0 schema").isEmpty();
    assertThat(broken).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theServersOwnValidatorFindsNothingWrongWithTheDocument() throws IOException {
    document(); // the server validates the document when it first builds it
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("emulation.server.dir"), "logs", "messages.log");

    // CWWKO1650E: Liberty's own OpenAPI validation found errors (an array without items …),
    // listed one per line after it. None is excused: the published reads lift the token with an
    // empty security list ([]), not the empty requirement ([{}]) Liberty reported at every start.
    List<String> lines =
        java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
    List<String> found = new java.util.ArrayList<>();
    boolean inReport = false;
    for (String line : lines) {
      if (line.contains("CWWKO1650E")) {
        inReport = true;
      } else if (inReport && line.strip().startsWith("- Message:")) {
        found.add(line.strip());
      } else if (inReport && !line.isBlank()) {
        inReport = false;
      }
    }
    assertThat(lines).as("messages.log of the server").isNotEmpty();
    assertThat(found).as("Liberty's validation of the OpenAPI document").isEmpty();
  }

  @Test
  void everyBodyAndEverySuccessHasASchemaAndEveryErrorIsAProblem() {
    JsonObject doc = new Api(deployment).get("/openapi?format=JSON", null).object();
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonValue> p : doc.getJsonObject("paths").entrySet()) {
      if (!p.getKey().startsWith("/emulation/api/") && !p.getKey().startsWith("/api/")) {
        continue;
      }
      for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
        if (!METHODS.contains(m.getKey())) {
          continue;
        }
        operations++;
        String op = m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey();
        JsonObject o = m.getValue().asJsonObject();
        if (!m.getKey().equals("get")) {
          if (!o.containsKey("requestBody")) {
            missing.add(op + ": no request body");
          } else {
            content(o.getJsonObject("requestBody"))
                .forEach(
                    (type, schema) -> {
                      if (!informative(schema, schemas, type)) {
                        missing.add(op + ": request " + type + " " + schema);
                      }
                    });
          }
        }
        for (Map.Entry<String, JsonValue> r : o.getJsonObject("responses").entrySet()) {
          String status = r.getKey();
          if (status.startsWith("x-")) {
            continue;
          }
          Map<String, JsonObject> content = content(r.getValue().asJsonObject());
          if (status.startsWith("2") && !status.equals("204")) {
            if (content.isEmpty()) {
              missing.add(op + ": " + status + " without content");
            }
            content.forEach(
                (type, schema) -> {
                  if (!informative(schema, schemas, type)) {
                    missing.add(op + ": " + status + " " + type + " " + schema);
                  }
                });
          } else if (status.startsWith("4") || status.startsWith("5")) {
            JsonObject problem = content.get("application/problem+json");
            if (problem == null || !PROBLEM.equals(problem.getString("$ref", null))) {
              missing.add(op + ": " + status + " is not a Problem " + content);
            }
          }
        }
      }
    }
    assertThat(operations).isGreaterThan(25);
    assertThat(missing).as("operations whose bodies say nothing").isEmpty();
    assertThat(schemas.getJsonObject("Problem").getJsonArray("required")).isNotNull();
  }

  /** Media type to schema. */
  private static Map<String, JsonObject> content(JsonObject holder) {
    Map<String, JsonObject> all = new java.util.LinkedHashMap<>();
    JsonObject content = holder.getJsonObject("content");
    if (content != null) {
      content.forEach(
          (type, v) ->
              all.put(
                  type,
                  v.asJsonObject().containsKey("schema")
                      ? v.asJsonObject().getJsonObject("schema")
                      : JsonValue.EMPTY_JSON_OBJECT));
    }
    return all;
  }

  /**
   * A schema that says something: a reference to a component with properties, or a type with
   * detail; for a JSON media type never a bare string or number (the plan import once documented
   * its body as one), for a file (CSV, XLSX) a string is what it is.
   */
  private static boolean informative(JsonObject schema, JsonObject schemas, String mediaType) {
    boolean json = mediaType.contains("json");
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replace("#/components/schemas/", "");
      JsonObject target = schemas.getJsonObject(name);
      return target != null && informative(target, schemas, mediaType);
    }
    String type = schema.getString("type", null);
    if (type == null) {
      return schema.containsKey("allOf") || schema.containsKey("oneOf");
    }
    return switch (type) {
      case "object" ->
          schema.containsKey("properties") || schema.containsKey("additionalProperties");
      case "array" ->
          schema.containsKey("items")
              && (schema.getJsonObject("items").containsKey("type")
                      && !Set.of("object", "array")
                          .contains(schema.getJsonObject("items").getString("type"))
                  || informative(schema.getJsonObject("items"), schemas, mediaType));
      default -> !json || schema.containsKey("enum");
    };
  }

  private String document() {
    Api.Reply r = new Api(deployment).get("/openapi?format=JSON", null);
    assertThat(r.status()).isEqualTo(200);
    return r.body();
  }

  private static String resource(String name) {
    try (InputStream in = OpenApiDocumentIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
