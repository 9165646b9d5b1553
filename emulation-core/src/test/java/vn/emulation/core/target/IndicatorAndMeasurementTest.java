package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.UnitLevel;

class IndicatorAndMeasurementTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void rejectsBlankIndicatorCode(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Indicator(
                    code,
                    Pillar.DIGITAL_SOCIETY,
                    LocalizedText.vietnamese("Người dân có điện thoại thông minh"),
                    UnitOfMeasure.PERCENT,
                    Aggregation.RATIO_OF_SUMS,
                    Accumulation.STOCK))
        .withMessageContaining("was: " + code);
  }

  @Test
  void overallMeasurementHasAnEmptyBreakdown() {
    Measurement m = new Measurement("S1", "W01", 2023, null, new Quantity.Ratio(85, 100));

    assertThat(m.breakdown()).isEmpty();
    assertThat(m).isEqualTo(Measurement.ratio("S1", "W01", 2023, 85, 100));
  }

  @Test
  void measurementSetRefusesTwoReportsForOneKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MeasurementSet.of(
                    List.of(
                        Measurement.ratio("S1", "W01", 2023, 85, 100),
                        Measurement.ratio("S1", "W01", 2023, 86, 100))))
        .withMessageContaining("W01");
  }

  @Test
  void measurementSetKnowsTheBreakdownsAUnitReported() {
    MeasurementSet set =
        MeasurementSet.of(
            List.of(
                new Measurement("E2", "W01", 2023, "NONG-NGHIEP", new Quantity.Ratio(1, 10)),
                new Measurement("E2", "W01", 2023, "DICH-VU", new Quantity.Ratio(1, 10)),
                Measurement.amount("E1", "W01", 2023, BigDecimal.TEN)));

    assertThat(set.breakdownsOf("E2", "W01", 2023)).containsExactly("DICH-VU", "NONG-NGHIEP");
    assertThat(set.breakdownsOf("E2", "W02", 2023)).isEmpty();
    assertThat(set.size()).isEqualTo(3);
    assertThat(MeasurementSet.empty().size()).isZero();
  }

  @Test
  void scopeAppliesToListedLevelsAndCategoriesOrToAll() {
    TargetScope wards =
        new TargetScope(
            java.util.Set.of(UnitLevel.COMMUNE), java.util.Set.of("UBND-PHUONG"), false);

    assertThat(wards.appliesTo(UnitLevel.COMMUNE)).isTrue();
    assertThat(wards.appliesTo(UnitLevel.DISTRICT)).isFalse();
    assertThat(wards.appliesToCategory("PHONG-BAN")).isFalse();
    assertThat(TargetScope.EVERYWHERE.appliesTo(UnitLevel.PROVINCE)).isTrue();
    assertThat(TargetScope.EVERYWHERE.appliesToCategory("PHONG-BAN")).isTrue();
  }

  @Test
  void attainmentRefusesAValueWithoutDataOrNoValueWithData() {
    Target t =
        new Target("S1", 2023, Comparator.AT_LEAST, BigDecimal.valueOf(85), TargetScope.EVERYWHERE);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Attainment(
                    t,
                    "W01",
                    AttainmentStatus.NO_DATA,
                    null,
                    BigDecimal.ONE,
                    new Coverage(0, 1),
                    java.util.List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Attainment(
                    t,
                    "W01",
                    AttainmentStatus.MET,
                    null,
                    null,
                    new Coverage(1, 1),
                    java.util.List.of()));
  }
}
