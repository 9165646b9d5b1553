package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
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
import vn.emulation.core.plan.Plan;

/** Plan files for the tests, and the structural equality {@link Plan} itself does not define. */
final class PlanFiles {

  static final String FIXTURE = "/plans/phuong-mau-2024-2025.json";
  static final String SCHEMA = "/plans/plan.schema.json";

  private PlanFiles() {}

  static String text(String resource) {
    try (InputStream in = PlanFiles.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with a JSON Patch applied, as text: faults placed by JSON Pointer. */
  static String fixtureWith(JsonPatch patch) {
    JsonObject fixture = Json.createReader(new StringReader(text(FIXTURE))).readObject();
    return patch.apply(fixture).toString();
  }

  /** What {@code plan.schema.json} finds wrong with {@code json}, formats (dates) asserted. */
  static List<String> schemaErrors(String json) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text(SCHEMA), InputFormat.JSON);
    return schema
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  /** Two plans hold the same identity and the same parts, in the same order. */
  static void assertSamePlan(Plan actual, Plan expected) {
    assertThat(actual.identity()).isEqualTo(expected.identity());
    assertThat(actual.milestones()).isEqualTo(expected.milestones());
    assertThat(actual.deadlines()).isEqualTo(expected.deadlines());
    assertThat(actual.parameters()).isEqualTo(expected.parameters());
    assertThat(actual.indicators()).isEqualTo(expected.indicators());
    assertThat(actual.targets()).isEqualTo(expected.targets());
    assertThat(actual.categories()).isEqualTo(expected.categories());
    assertThat(actual.criteria()).isEqualTo(expected.criteria());
    assertThat(actual.awardForms()).isEqualTo(expected.awardForms());
    assertThat(actual.occasions()).isEqualTo(expected.occasions());
  }
}
