package vn.emulation.jakarta.format.law;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emulation.core.common.TextRules;

/**
 * The built-in files follow {@code law.schema.json} and {@code holidays.schema.json} (JSON Schema
 * draft 2020-12), and the schemas reject the usual mistakes naming the field.
 */
class LawSchemaTest {

  static String text(String name) {
    try (InputStream in = LawSchemaTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Schema schema(String name) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text(name), InputFormat.JSON);
  }

  static List<Error> validate(String schema, String json) {
    return schema(schema)
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  @Test
  void theSchemasAreValidDraft202012Schemas() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    for (String s : List.of("/law/law.schema.json", "/law/holidays.schema.json")) {
      List<Error> errors = meta.validate(text(s), InputFormat.JSON);
      assertThat(errors).as("%s:%s", s, describe(errors)).isEmpty();
    }
  }

  @Test
  void theSchemaStatesTheCodePatternsOfTheCore() {
    assertThat(text("/law/law.schema.json"))
        .contains("\"pattern\": \"" + TextRules.PLAN_CODE + "\"")
        .contains("\"pattern\": \"" + TextRules.PLAN_ITEM_CODE + "\"");
  }

  @Test
  void theBuiltInFilesFollowTheirSchemas() {
    List<Error> law = validate("/law/law.schema.json", text(BuiltInLaw.RULE_SET));
    assertThat(law).as("rule set:%s", describe(law)).isEmpty();
    List<Error> holidays = validate("/law/holidays.schema.json", text(BuiltInLaw.HOLIDAYS));
    assertThat(holidays).as("holidays:%s", describe(holidays)).isEmpty();
  }

  @Test
  void whatTheWriterWritesFollowsTheSchemaToo() {
    String written = new LawJsonWriter().write(BuiltInLaw.ruleSet());
    List<Error> errors = validate("/law/law.schema.json", written);
    assertThat(errors).as("written:%s", describe(errors)).isEmpty();
  }

  static Stream<Arguments> brokenVariants() {
    return Stream.of(
        Arguments.of(
            "a confidence the format does not have",
            Json.createPatchBuilder()
                .replace("/versions/0/oneAward/citation/confidence", "SURE")
                .build(),
            "/versions/0/oneAward/citation/confidence",
            "enum"),
        Arguments.of(
            "a date that is no date",
            Json.createPatchBuilder().replace("/versions/0/effectiveFrom", "2024-02-30").build(),
            "/versions/0/effectiveFrom",
            "format"),
        Arguments.of(
            "an unknown office",
            Json.createPatchBuilder()
                .replace("/versions/1/forms/0/authorities/0/office", "MAYOR")
                .build(),
            "/versions/1/forms/0/authorities/0/office",
            "enum"),
        Arguments.of(
            "a form without its dossier",
            Json.createPatchBuilder().remove("/versions/1/forms/0/dossier").build(),
            "/versions/1/forms/0",
            "required"),
        Arguments.of(
            "zero sets",
            Json.createPatchBuilder().replace("/versions/1/forms/6/dossier/sets", 0).build(),
            "/versions/1/forms/6/dossier/sets",
            "oneOf"),
        Arguments.of(
            "a field the format does not have",
            Json.createPatchBuilder().add("/versions/0/weight", 2).build(),
            "/versions/0",
            "additionalProperties"));
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("brokenVariants")
  void brokenVariantsAreRejectedAtTheirPointer(
      String what, JsonPatch patch, String pointer, String keyword) {
    JsonObject law = Json.createReader(new StringReader(text(BuiltInLaw.RULE_SET))).readObject();
    List<Error> errors = validate("/law/law.schema.json", patch.apply(law).toString());
    assertThat(errors)
        .as("errors for %s:%s", what, describe(errors))
        .anySatisfy(
            e -> {
              assertThat(e.getKeyword()).isEqualTo(keyword);
              assertThat(pointer(e)).isEqualTo(pointer);
            });
  }

  static String pointer(Error e) {
    StringBuilder sb = new StringBuilder();
    var path = e.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(path.getElement(i));
    }
    return sb.toString();
  }
}
