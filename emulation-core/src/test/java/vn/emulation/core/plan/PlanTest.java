package vn.emulation.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.target.Comparator;

class PlanTest {

  private static final Plan PLAN =
      TestPlans.withCriteria(
          TestPlans.declaration("CHAP-HANH", false), TestPlans.registered("KE-HOACH"));

  @Test
  void findsItsPartsByCode() {
    assertThat(PLAN.indicator("G10")).isPresent();
    assertThat(PLAN.indicator("G99")).isEmpty();
    assertThat(PLAN.criterion("KE-HOACH")).isPresent();
    assertThat(PLAN.awardForm(TestPlans.FORM)).isPresent();
    assertThat(PLAN.occasion(TestPlans.OCCASION)).isPresent();
    assertThat(PLAN.category(TestPlans.WARD)).isPresent();
    assertThat(PLAN.deadline(TestPlans.REGISTRATION_DEADLINE))
        .hasValueSatisfying(d -> assertThat(d.dueOn()).isEqualTo(TestPlans.REGISTRATION_DUE));
    assertThat(PLAN.parameter(TestPlans.NORM))
        .hasValueSatisfying(p -> assertThat(p.valueIfSet()).isEmpty());
    assertThat(PLAN.code()).isEqualTo("rach-gia-2022-2025");
    assertThat(PLAN).hasToString("Plan[rach-gia-2022-2025 v1]");
  }

  @Test
  void findsTheTargetOfAnIndicatorForAMilestone() {
    assertThat(PLAN.target("G3", 2025))
        .hasValueSatisfying(
            t -> {
              assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
              assertThat(t.threshold()).isEqualByComparingTo("90");
            });
    assertThat(PLAN.target("G3", 2024)).isEmpty();
  }

  @Test
  void toBuilderRebuildsTheSamePlanWithAParameterSet() {
    Plan withNorm =
        PLAN.toBuilder().parameterValue(TestPlans.NORM, BigDecimal.valueOf(100_000_000)).build();

    assertThat(withNorm.parameter(TestPlans.NORM).flatMap(PlanParameter::valueIfSet))
        .hasValue(BigDecimal.valueOf(100_000_000));
    assertThat(withNorm.targets()).isEqualTo(PLAN.targets());
    assertThat(withNorm.criteria()).isEqualTo(PLAN.criteria());
    assertThat(PLAN.parameter(TestPlans.NORM).flatMap(PlanParameter::valueIfSet)).isEmpty();
  }

  @Test
  void cannotSetAParameterThePlanDoesNotHave() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PLAN.toBuilder().parameterValue("KHONG-CO", BigDecimal.ONE))
        .withMessageContaining("KHONG-CO");
  }

  @Test
  void listsAreUnmodifiable() {
    assertThat(PLAN.criteria()).isUnmodifiable();
    assertThat(PLAN.targets()).isUnmodifiable();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rach-Gia", "rạch-giá", "-rach-gia", "rach gia", ""})
  void rejectsAPlanCodeThatIsNotLowerCaseLettersDigitsAndDashes(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> identity(code, 1))
        .withMessageContaining("was: " + code);
  }

  @Test
  void rejectsVersionZero() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> identity("rach-gia", 0))
        .withMessageContaining("0");
  }

  @Test
  void rejectsAnAmendmentThatProducesTheFirstVersion() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Amendment(
                    1, java.time.LocalDate.of(2024, 1, 1), "1/QĐ", LocalizedText.vietnamese("x")));
  }

  private static PlanIdentity identity(String code, int version) {
    LocalizedText t = LocalizedText.vietnamese("Kế hoạch");
    return new PlanIdentity(
        code,
        version,
        null,
        t,
        null,
        t,
        t,
        t,
        YearPeriod.of(2022, 2025),
        PlanStatus.DRAFT,
        List.of(),
        List.of());
  }
}
