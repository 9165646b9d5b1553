package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emulation.core.common.TextRules;

/**
 * The plan files follow {@code plan.schema.json} (JSON Schema draft 2020-12), and the schema is
 * strict enough to reject the usual mistakes with a message that names the field.
 */
class PlanSchemaTest {

  static final String SCHEMA = "/plans/plan.schema.json";
  static final String PLAN = "/plans/rach-gia-2022-2025.json";

  static Schema schema;
  static String schemaText;
  static JsonObject plan;

  @BeforeAll
  static void load() {
    schemaText = text(SCHEMA);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText, InputFormat.JSON);
    try (JsonReader reader =
        Json.createReader(new InputStreamReader(resource(PLAN), StandardCharsets.UTF_8))) {
      plan = reader.readObject();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = PlanSchemaTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates with {@code format} asserted, not only annotated (dates must be dates). */
  static List<Error> validate(String json) {
    return schema.validate(
        json,
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(schemaText, InputFormat.JSON);
    assertThat(errors).as("meta-schema errors:%s", describe(errors)).isEmpty();
  }

  @Test
  void theSchemaStatesTheCodePatternsOfTheCore() {
    assertThat(schemaText)
        .contains("\"pattern\": \"" + TextRules.PLAN_CODE + "\"")
        .contains("\"pattern\": \"" + TextRules.PLAN_ITEM_CODE + "\"");
  }

  @Test
  void theRachGiaPlanFollowsTheSchema() {
    List<Error> errors = validate(text(PLAN));
    assertThat(errors).as("schema errors:%s", describe(errors)).isEmpty();
  }

  static int criterionIndex(String code) {
    var criteria = plan.getJsonArray("criteria");
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.getJsonObject(i).getString("code").equals(code)) {
        return i;
      }
    }
    throw new IllegalStateException("no criterion " + code);
  }

  static Stream<Arguments> brokenVariants() {
    int count = criterionIndex("PM-YEARS-COMPLETED-WELL");
    int declaration = criterionIndex("GEN-POLICY");
    return Stream.of(
        Arguments.of(
            "missing code",
            Json.createPatchBuilder().remove("/code").build(),
            "",
            "required",
            "code"),
        Arguments.of(
            "bad comparator",
            Json.createPatchBuilder().replace("/targets/3/comparator", "ABOUT").build(),
            "/targets/3/comparator",
            "enum",
            "comparator"),
        Arguments.of(
            "threshold as a string",
            Json.createPatchBuilder().replace("/targets/3/threshold", "10").build(),
            "/targets/3/threshold",
            "type",
            "threshold"),
        Arguments.of(
            "a date that is no date",
            Json.createPatchBuilder().replace("/deadlines/1/dueOn", "2023-01-32").build(),
            "/deadlines/1/dueOn",
            "format",
            "dueOn"),
        Arguments.of(
            "a field the format does not have",
            Json.createPatchBuilder().add("/indicators/0/weight", 2).build(),
            "/indicators/0",
            "additionalProperties",
            "weight"),
        Arguments.of(
            "a plan code in upper case",
            Json.createPatchBuilder().replace("/code", "RACH-GIA").build(),
            "/code",
            "pattern",
            "code"),
        Arguments.of(
            "a count without its minimum",
            Json.createPatchBuilder().remove("/criteria/" + count + "/minimum").build(),
            "/criteria/" + count,
            "required",
            "minimum"),
        Arguments.of(
            "a declaration with a field of another kind",
            Json.createPatchBuilder()
                .add("/criteria/" + declaration + "/deadline", "REGISTRATION")
                .build(),
            "/criteria/" + declaration,
            "additionalProperties",
            "deadline"),
        Arguments.of(
            "an unknown participant kind",
            Json.createPatchBuilder().replace("/categories/0/kind", "GROUP").build(),
            "/categories/0/kind",
            "enum",
            "kind"),
        Arguments.of(
            "a text without its Vietnamese",
            Json.createPatchBuilder().remove("/movement/vi").build(),
            "/movement",
            "required",
            "vi"),
        Arguments.of(
            "dossier copies of zero",
            Json.createPatchBuilder().replace("/awardForms/0/copies", 0).build(),
            "/awardForms/0/copies",
            "minimum",
            "copies"));
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("brokenVariants")
  void brokenVariantsAreRejectedNamingTheField(
      String what, JsonPatch patch, String pointer, String keyword, String field) {
    JsonObject broken = patch.apply(plan);
    List<Error> errors = validate(broken.toString());
    assertThat(errors).as("%s must be rejected", what).isNotEmpty();
    assertThat(errors)
        .as("errors for %s:%s", what, describe(errors))
        .anySatisfy(
            e -> {
              assertThat(e.getKeyword()).isEqualTo(keyword);
              assertThat(pointer(e)).isEqualTo(pointer);
              assertThat(e.toString()).contains(field);
            });
  }

  /** The instance location of an error as a JSON pointer ("" for the document itself). */
  static String pointer(Error e) {
    StringBuilder sb = new StringBuilder();
    var path = e.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(path.getElement(i));
    }
    return sb.toString();
  }
}
