package vn.emulation.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.Accumulation;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.core.unit.UnitLevel;

class ReportingRuleTest {

  /**
   * The six ward-and-city indicators of the test plan, and as in the Rạch Giá plan: G7 for the
   * city, G8 for the wards, E1 a share of GRDP that does not aggregate, and X1 without a target.
   */
  private static final Plan PLAN =
      TestPlans.withCriteria(TestPlans.registered("KE-HOACH")).toBuilder()
          .indicator(TestPlans.percent("G7", Pillar.DIGITAL_GOVERNMENT))
          .target(scoped("G7", UnitLevel.DISTRICT))
          .indicator(TestPlans.percent("G8", Pillar.DIGITAL_GOVERNMENT))
          .target(scoped("G8", UnitLevel.COMMUNE))
          .indicator(
              new Indicator(
                  "E1",
                  Pillar.DIGITAL_ECONOMY,
                  TestPlans.text("Tỷ trọng GRDP"),
                  UnitOfMeasure.PERCENT,
                  Aggregation.REPORTED_AT_TOP,
                  Accumulation.FLOW))
          .target(TestPlans.atLeast("E1", 2023, "20"))
          .indicator(TestPlans.percent("X1", Pillar.DIGITAL_SOCIETY))
          .build();

  private final ReportingRule rule = ReportingRule.of(PLAN);

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
    "G1, COMMUNE,  true",
    "G1, DISTRICT, true",
    "G1, PROVINCE, true",
    "G7, COMMUNE,  false",
    "G7, DISTRICT, true",
    "G7, PROVINCE, true",
    "G8, COMMUNE,  true",
    "G8, DISTRICT, true",
    "E1, COMMUNE,  false",
    "E1, DISTRICT, true",
    "E1, PROVINCE, true",
    "X1, COMMUNE,  true"
  })
  void tellsWhichIndicatorsAUnitMayReportAtItsLevel(String code, UnitLevel level, boolean may) {
    Indicator indicator = PLAN.indicator(code).orElseThrow();

    assertThat(rule.mayReport(indicator, level)).isEqualTo(may);
    assertThat(rule.refusal(indicator, level).isEmpty()).isEqualTo(may);
  }

  @Test
  void takesThePlansLevelFromTheHighestLevelItsTargetsName() {
    assertThat(rule.planLevel()).hasValue(UnitLevel.DISTRICT);
    assertThat(
            ReportingRule.of(TestPlans.withCriteria(TestPlans.registered("KE-HOACH"))).planLevel())
        .isEmpty();
  }

  @Test
  void letsEveryLevelReportAFigureThatDoesNotAggregateWhenThePlanNamesNoLevel() {
    Plan unleveled =
        TestPlans.withCriteria(TestPlans.registered("KE-HOACH")).toBuilder()
            .indicator(
                new Indicator(
                    "E1",
                    Pillar.DIGITAL_ECONOMY,
                    TestPlans.text("Tỷ trọng GRDP"),
                    UnitOfMeasure.PERCENT,
                    Aggregation.REPORTED_AT_TOP,
                    Accumulation.FLOW))
            .target(TestPlans.atLeast("E1", 2023, "20"))
            .build();

    assertThat(
            ReportingRule.of(unleveled)
                .mayReport(unleveled.indicator("E1").orElseThrow(), UnitLevel.COMMUNE))
        .isTrue();
  }

  @Test
  void listsTheReportableIndicatorsInThePlansOrder() {
    assertThat(rule.reportableAt(UnitLevel.COMMUNE))
        .extracting(Indicator::code)
        .containsExactly("G1", "G3", "G6", "G10", "E7", "S1", "G8", "X1");
    assertThat(rule.reportableAt(UnitLevel.DISTRICT))
        .extracting(Indicator::code)
        .containsExactly("G1", "G3", "G6", "G10", "E7", "S1", "G7", "G8", "E1", "X1");
  }

  @Test
  void saysWhyInBothLanguages() {
    LocalizedText e1 =
        rule.refusal(PLAN.indicator("E1").orElseThrow(), UnitLevel.COMMUNE).orElseThrow();
    LocalizedText g7 =
        rule.refusal(PLAN.indicator("G7").orElseThrow(), UnitLevel.COMMUNE).orElseThrow();

    assertThat(e1.vi())
        .isEqualTo(
            "Chỉ tiêu E1 chỉ báo cáo ở cấp huyện (thành phố thuộc tỉnh)"
                + " (số liệu chung của cả địa bàn, không cộng từ cấp dưới), không báo cáo ở cấp xã"
                + " (phường, xã)");
    assertThat(e1.en())
        .isEqualTo(
            "Indicator E1 is reported only at district or city level"
                + " (one figure for the whole area, not summed up from below), not at ward or commune"
                + " level");
    assertThat(g7.vi())
        .isEqualTo(
            "Chỉ tiêu G7 chỉ áp dụng ở cấp huyện (thành phố thuộc tỉnh),"
                + " không báo cáo ở cấp xã (phường, xã)");
    assertThat(g7.en())
        .isEqualTo(
            "Indicator G7 applies only at district or city level, it is"
                + " not reported at ward or commune level");
  }

  @Test
  void refusesNulls() {
    Indicator g1 = PLAN.indicator("G1").orElseThrow();
    assertThatNullPointerException().isThrownBy(() -> ReportingRule.of(null));
    assertThatNullPointerException().isThrownBy(() -> rule.mayReport(null, UnitLevel.COMMUNE));
    assertThatNullPointerException().isThrownBy(() -> rule.mayReport(g1, null));
  }

  @ParameterizedTest(name = "a target at {0} concerns a unit at {1}: {2}")
  @CsvSource({
    "COMMUNE,  COMMUNE,  true",
    "COMMUNE,  DISTRICT, true",
    "COMMUNE,  PROVINCE, true",
    "DISTRICT, COMMUNE,  false",
    "DISTRICT, DISTRICT, true",
    "PROVINCE, DISTRICT, false"
  })
  void aTargetConcernsItsLevelAndTheLevelsAboveIt(
      UnitLevel scoped, UnitLevel unit, boolean concerns) {
    assertThat(new TargetScope(Set.of(scoped), Set.of(), false).appliesAtOrBelow(unit))
        .isEqualTo(concerns);
    assertThat(TargetScope.EVERYWHERE.appliesAtOrBelow(unit)).isTrue();
  }

  private static Target scoped(String indicator, UnitLevel level) {
    return new Target(
        indicator,
        2023,
        Comparator.AT_LEAST,
        new BigDecimal("80"),
        new TargetScope(Set.of(level), Set.of(), false));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} at {1}: {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "G7, DISTRICT, true", "G7, COMMUNE, false", // a city target
    "G8, COMMUNE, true", "G8, DISTRICT, true", // a ward target, summed up at the city
    "E1, DISTRICT, true", "E1, COMMUNE, false", // no ward reports it, nothing sums it up
    "E1, PROVINCE, true"
  })
  void aUnitsProgressHoldsTheTargetsItCanHaveAFigureFor(
      String code, UnitLevel level, boolean concerned) {
    Target target =
        PLAN.targets().stream()
            .filter(t -> t.indicatorCode().equals(code))
            .findFirst()
            .orElseThrow();

    assertThat(ReportingRule.of(PLAN).concerns(target, level)).isEqualTo(concerned);
  }
}
