package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.plan.PlanFiles.FIXTURE;
import static vn.emulation.jakarta.format.plan.PlanFiles.assertSamePlan;
import static vn.emulation.jakarta.format.plan.PlanFiles.schemaErrors;
import static vn.emulation.jakarta.format.plan.PlanFiles.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.plan.Amendment;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.unit.UnitLevel;

class PlanJsonRoundTripTest {

  private final PlanJsonReader reader = new PlanJsonReader();
  private final PlanJsonWriter writer = new PlanJsonWriter();
  private final String fixture = text(FIXTURE);
  private final Plan plan = reader.read(fixture);

  @Test
  void readsTheIdentityWithItsAmendment() {
    assertThat(plan.code()).isEqualTo("phuong-mau-2024-2025");
    assertThat(plan.identity().version()).isEqualTo(2);
    assertThat(plan.identity().status()).isEqualTo(PlanStatus.IN_FORCE);
    assertThat(plan.identity().issuedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(plan.identity().amendments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.version()).isEqualTo(2);
              assertThat(a.decidedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
              assertThat(a.decisionReference()).isEqualTo("2107/QĐ-UBND");
            });
  }

  @Test
  void keepsVietnameseTextExactlyAsWritten() {
    String issuer = "Ủy ban nhân dân phường Vĩnh Thanh Vân";
    assertThat(plan.identity().issuer().vi()).isEqualTo(issuer);
    assertThat(plan.identity().movement().vi())
        .isEqualTo("Phong trào thi đua “Phường chuyển đổi số”");
    assertThat(plan.identity().issuer().vi().codePoints().toArray())
        .containsExactly(issuer.codePoints().toArray());
    assertThat(Normalizer.isNormalized(plan.identity().issuer().vi(), Normalizer.Form.NFC))
        .isTrue();

    String written = writer.write(plan);
    assertThat(written).contains("\"vi\": \"" + issuer + "\"").doesNotContain("\\u");
  }

  @Test
  void fallsBackToVietnameseWhereTheFileHasNoEnglish() {
    assertThat(plan.identity().theme().en()).isEqualTo("Chuyển đổi số vì người dân, doanh nghiệp");
    assertThat(writer.write(plan))
        .contains("\"theme\": {\"vi\": \"Chuyển đổi số vì người dân, doanh nghiệp\"}");
  }

  @Test
  void readsParametersWithAndWithoutValue() {
    assertThat(plan.parameter("SOME_TARGETS").orElseThrow().value()).isEqualTo(new BigDecimal("2"));
    assertThat(plan.parameter("CONTRIBUTION_NORM").orElseThrow().valueIfSet()).isEmpty();
  }

  @Test
  void readsThresholdsAsExactDecimals() {
    assertThat(plan.target("G1", 2024).orElseThrow().threshold())
        .isEqualTo(new BigDecimal("90.5"))
        .hasScaleOf(1);
    assertThat(plan.target("G1", 2025).orElseThrow().threshold())
        .isEqualTo(new BigDecimal("100"))
        .hasScaleOf(0);
    assertThat(plan.target("E1", 2025).orElseThrow().threshold())
        .isEqualTo(new BigDecimal("2500000000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"90.5", "100", "100.0", "0.1", "33.333333333333333333", "2.50"})
  void keepsAThresholdExactThroughReadAndWrite(String threshold) {
    String file = fixture.replace("\"threshold\": 90.5", "\"threshold\": " + threshold);

    Plan read = reader.read(file);

    assertThat(read.target("G1", 2024).orElseThrow().threshold())
        .isEqualTo(new BigDecimal(threshold));
    assertThat(writer.write(read))
        .containsPattern("\"threshold\": " + Pattern.quote(threshold) + ",\n");
  }

  @Test
  void readsScopesAndTheirDefault() {
    assertThat(plan.target("G1", 2024).orElseThrow().scope()).isEqualTo(TargetScope.EVERYWHERE);
    assertThat(plan.target("G1", 2025).orElseThrow().scope().levels())
        .containsExactlyInAnyOrder(UnitLevel.DISTRICT, UnitLevel.COMMUNE);
    TargetScope g2 = plan.target("G2", 2025).orElseThrow().scope();
    assertThat(g2.categoryCodes()).containsExactly("WARD_COMMITTEE");
    assertThat(g2.eachBreakdown()).isTrue();
  }

  @Test
  void readsEveryKindOfCriterion() {
    assertThat(plan.criteria())
        .extracting(Criterion::getClass)
        .containsOnly(
            DeclarationCriterion.class,
            RegisteredPlanCriterion.class,
            TargetAttainmentCriterion.class,
            NormCriterion.class,
            AnyOfCriterion.class);
    assertThat(plan.criterion("GEN-PARTY").orElseThrow())
        .isEqualTo(
            new DeclarationCriterion(
                "GEN-PARTY",
                plan.criterion("GEN-PARTY").orElseThrow().name(),
                Set.of("WARD_COMMITTEE"),
                true));
    assertThat((RegisteredPlanCriterion) plan.criterion("REGISTERED").orElseThrow())
        .extracting(RegisteredPlanCriterion::deadlineCode)
        .isEqualTo("REGISTRATION");
    var some = (TargetAttainmentCriterion) plan.criterion("TARGETS-SOME").orElseThrow();
    assertThat(some.indicatorCodes()).containsExactly("G1", "G2", "S1");
    assertThat(some.minimumMetParameter()).isEqualTo("SOME_TARGETS");
    assertThat(
            ((TargetAttainmentCriterion) plan.criterion("TARGETS-TWO").orElseThrow()).minimumMet())
        .isEqualTo(2);
    assertThat(
            ((TargetAttainmentCriterion) plan.criterion("TARGETS-ALL").orElseThrow()).requiresAll())
        .isTrue();
    assertThat(((NormCriterion) plan.criterion("CONTRIBUTION").orElseThrow()).normParameter())
        .isEqualTo("CONTRIBUTION_NORM");
    var anyOf = (AnyOfCriterion) plan.criterion("INITIATIVE").orElseThrow();
    assertThat(anyOf.alternatives()).hasSize(2);
    assertThat(anyOf.alternatives().get(0))
        .isInstanceOfSatisfying(
            CountCriterion.class,
            c -> {
              assertThat(c.factKey()).isEqualTo("initiatives");
              assertThat(c.minimum()).isEqualTo(1);
            });
  }

  @Test
  void writesTheFixtureBackByteForByte() {
    assertThat(writer.write(plan)).isEqualTo(fixture);
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPlan() {
    assertSamePlan(reader.read(writer.write(plan)), plan);
  }

  @Test
  void writesWhatTheSchemaAccepts() {
    assertThat(schemaErrors(fixture)).isEmpty();
    assertThat(schemaErrors(writer.write(plan))).isEmpty();
  }

  @Test
  void writingIsStable() {
    String once = writer.write(plan);
    assertThat(writer.write(plan)).isEqualTo(once);
    assertThat(writer.write(reader.read(once))).isEqualTo(once);
  }

  @Test
  void roundTripsCriteriaThatCountOnSomeKindsOfOccasionOnly() {
    String json =
        PlanFiles.fixtureWith(
            jakarta.json.Json.createPatchBuilder()
                .add(
                    "/awardForms/1/occasionCriteria",
                    jakarta.json.Json.createArrayBuilder()
                        .add(
                            jakarta.json.Json.createObjectBuilder()
                                .add(
                                    "occasions",
                                    jakarta.json.Json.createArrayBuilder()
                                        .add("FINAL")
                                        .add("INTERIM"))
                                .add(
                                    "criteria",
                                    jakarta.json.Json.createArrayBuilder().add("INITIATIVE")))
                        .build())
                .build());

    Plan read = reader.read(json);
    String written = writer.write(read);

    vn.emulation.core.award.AwardForm form = read.awardForm("BANG_KHEN_TINH").orElseThrow();
    assertThat(form.occasionCriteria())
        .containsExactly(
            new vn.emulation.core.award.OccasionCriteria(
                java.util.Set.of(
                    vn.emulation.core.award.OccasionType.INTERIM,
                    vn.emulation.core.award.OccasionType.FINAL),
                java.util.List.of("INITIATIVE")));
    assertThat(form.criterionCodesOn(vn.emulation.core.award.OccasionType.FINAL))
        .endsWith("INITIATIVE");
    assertThat(form.criterionCodesOn(vn.emulation.core.award.OccasionType.ANNUAL))
        .doesNotContain("INITIATIVE");
    assertThat(written)
        .contains("\"occasionCriteria\"")
        .contains("\"occasions\": [\"INTERIM\", \"FINAL\"]");
    assertSamePlan(reader.read(written), read);
    assertThat(schemaErrors(written)).isEmpty();
    assertThat(writer.write(plan)).doesNotContain("occasionCriteria");
  }

  @Test
  void roundTripsAPlanChangedInCode() {
    Plan amended =
        plan.toBuilder().parameterValue("CONTRIBUTION_NORM", new BigDecimal("1500000")).build();

    Plan read = reader.read(writer.write(amended));

    assertSamePlan(read, amended);
    assertThat(read.parameter("CONTRIBUTION_NORM").orElseThrow().value())
        .isEqualTo(new BigDecimal("1500000"));
  }

  @Test
  void writesUtf8BytesToAStreamAndReadsThemBack() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(plan, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(plan));
    assertSamePlan(reader.read(new ByteArrayInputStream(out.toByteArray())), plan);
  }

  @Test
  void skipsAByteOrderMark() {
    assertSamePlan(reader.read(new StringReader("\uFEFF" + fixture)), plan);
  }

  @Test
  void writesTheTopLevelFieldsInTheDocumentedOrder() {
    String written = writer.write(plan);
    List<String> documented =
        List.of(
            "format",
            "code",
            "version",
            "documentNumber",
            "issuer",
            "issuedOn",
            "title",
            "movement",
            "theme",
            "period",
            "status",
            "legalBases",
            "amendments",
            "milestones",
            "deadlines",
            "parameters",
            "indicators",
            "targets",
            "categories",
            "criteria",
            "awardForms",
            "occasions");

    assertThat(documented)
        .extracting(name -> written.indexOf("\n  \"" + name + "\": "))
        .doesNotContain(-1)
        .isSorted();
    assertThat(written).startsWith("{\n  \"format\": \"emulation-plan/1\",\n");
  }

  @Test
  void amendmentRecordsSurviveTheRoundTrip() {
    Amendment amendment = plan.identity().amendments().get(0);
    assertThat(reader.read(writer.write(plan)).identity().amendments()).containsExactly(amendment);
  }
}
