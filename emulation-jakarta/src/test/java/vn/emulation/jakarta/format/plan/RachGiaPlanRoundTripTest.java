package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.plan.PlanFiles.assertSamePlan;
import static vn.emulation.jakarta.format.plan.PlanFiles.schemaErrors;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emulation.core.plan.Plan;

/** The built-in Rạch Giá plan file reads, and survives writing and reading back unchanged. */
class RachGiaPlanRoundTripTest {

  private static final String FILE = "/plans/rach-gia-2022-2025.json";

  private static Plan plan;
  private final PlanJsonReader reader = new PlanJsonReader();
  private final PlanJsonWriter writer = new PlanJsonWriter();

  @BeforeAll
  static void readTheFile() throws Exception {
    try (InputStream in = RachGiaPlanRoundTripTest.class.getResourceAsStream(FILE)) {
      assertThat(in).as(FILE).isNotNull();
      plan = new PlanJsonReader().read(in);
    }
  }

  @Test
  void holdsTheWholePlan() {
    assertThat(plan.code()).isEqualTo("rach-gia-2022-2025");
    assertThat(plan.indicators()).hasSize(27);
    assertThat(plan.targets()).hasSize(54);
    assertThat(plan.awardForms()).hasSize(4);
    assertThat(plan.occasions()).hasSize(6);
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPlan() {
    assertSamePlan(reader.read(writer.write(plan)), plan);
  }

  @Test
  void writesWhatTheSchemaAccepts() {
    assertThat(schemaErrors(writer.write(plan))).isEmpty();
  }

  @Test
  void writingIsStable() {
    String once = writer.write(plan);
    assertThat(writer.write(plan)).isEqualTo(once);
    assertThat(writer.write(reader.read(once))).isEqualTo(once);
  }
}
