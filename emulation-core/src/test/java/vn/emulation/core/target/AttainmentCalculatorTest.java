package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.core.unit.UnknownUnitException;

/** A city with one big ward and two small ones, and how its figures are aggregated. */
class AttainmentCalculatorTest {

  private static final LocalDate ON = LocalDate.of(2024, 3, 1);
  private static final int YEAR = 2023;
  private static final LocalDate SINCE = LocalDate.of(2005, 1, 1);

  private static final Indicator G2 =
      indicator("G2", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS);
  private static final Target G2_AT_LEAST_60 =
      target("G2", Comparator.AT_LEAST, "60", TargetScope.EVERYWHERE);

  private static final OrgHierarchy CITY =
      OrgHierarchy.of(
          List.of(
              OrgUnit.open("KG", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, SINCE),
              OrgUnit.open("RG", "Thành phố Rạch Giá", UnitLevel.DISTRICT, "KG", SINCE),
              OrgUnit.open("W1", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "RG", SINCE),
              OrgUnit.open("W2", "Phường Vĩnh Lợi", UnitLevel.COMMUNE, "RG", SINCE),
              OrgUnit.open("W3", "Phường An Bình", UnitLevel.COMMUNE, "RG", SINCE)));

  static Indicator indicator(String code, UnitOfMeasure unit, Aggregation aggregation) {
    return new Indicator(
        code,
        Pillar.DIGITAL_GOVERNMENT,
        LocalizedText.vietnamese(code),
        unit,
        aggregation,
        Accumulation.STOCK);
  }

  static Target target(String code, Comparator comparator, String threshold, TargetScope scope) {
    return new Target(code, YEAR, comparator, new BigDecimal(threshold), scope);
  }

  private static Attainment attainment(
      Target target, Indicator indicator, String unit, Measurement... reports) {
    return new AttainmentCalculator(CITY, MeasurementSet.of(List.of(reports)))
        .attainment(target, indicator, unit, YEAR, ON);
  }

  private static Measurement g2(String unit, long numerator, long denominator) {
    return Measurement.ratio("G2", unit, YEAR, numerator, denominator);
  }

  @Test
  void cityFailsWhenOnlyTheMeanOfWardPercentagesWouldPass() {
    // mean of 10 %, 90 %, 90 % is 63.3 %; the city's dossiers are 118 of 1020, 11.57 %
    Attainment a =
        attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 100, 1000), g2("W2", 9, 10), g2("W3", 9, 10));

    assertThat(a.status()).isEqualTo(AttainmentStatus.NOT_MET);
    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(118, 1020));
    assertThat(a.value()).isEqualByComparingTo("11.57");
    assertThat(a.coverage()).isEqualTo(new Coverage(3, 3));
  }

  @Test
  void cityPassesWhenOnlyTheMeanOfWardPercentagesWouldFail() {
    // mean of 90 %, 10 %, 10 % is 36.7 %; the city's dossiers are 902 of 1020, 88.43 %
    Attainment a =
        attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 900, 1000), g2("W2", 1, 10), g2("W3", 1, 10));

    assertThat(a.isMet()).isTrue();
    assertThat(a.value()).isEqualByComparingTo("88.43");
  }

  @Test
  void coverageCountsTheWardsThatReported() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 700, 1000), g2("W3", 9, 10));

    assertThat(a.coverage()).isEqualTo(new Coverage(2, 3, List.of("W2")));
    assertThat(a.coverage().isComplete()).isFalse();
    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(709, 1010));
  }

  @Test
  void aPartialFigureIsIncompleteNeverMetEvenAboveTheThreshold() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 700, 1000), g2("W3", 9, 10));

    assertThat(a.value()).isEqualByComparingTo("70.20"); // above 60, from 2 of 3 wards
    assertThat(a.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
    assertThat(a.isMet()).isFalse();
    assertThat(a.status().countsAsNotMet()).isTrue();
    assertThat(a.coverage().missing()).containsExactly("W2");
  }

  @Test
  void aPartialFigureBelowTheThresholdIsIncompleteToo() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 100, 1000), g2("W3", 1, 10));

    assertThat(a.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
  }

  @Test
  void noDataWhenNobodyReported() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "RG");

    assertThat(a.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(a.figure()).isNull();
    assertThat(a.valueIfAny()).isEmpty();
    assertThat(a.gap()).isEmpty();
    assertThat(a.isMet()).isFalse();
    assertThat(a.coverage()).isEqualTo(new Coverage(0, 3, List.of("W1", "W2", "W3")));
  }

  @Test
  void wardWithoutReportHasNoDataOfItsOwn() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "W2", g2("W1", 9, 10));

    assertThat(a.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(a.coverage()).isEqualTo(new Coverage(0, 1, List.of("W2")));
  }

  @Test
  void noneOfNoneIsNoDataNotZeroPercent() {
    Attainment a = attainment(G2_AT_LEAST_60, G2, "W1", g2("W1", 0, 0));

    assertThat(a.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(a.coverage()).isEqualTo(new Coverage(1, 1));
  }

  @Test
  void wardWithNoDossiersStillCountsInTheCitySum() {
    Attainment a =
        attainment(G2_AT_LEAST_60, G2, "RG", g2("W1", 0, 0), g2("W2", 7, 10), g2("W3", 0, 0));

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(7, 10));
    assertThat(a.isMet()).isTrue();
  }

  @Test
  void unitsOwnFigureWinsOverItsChildren() {
    Attainment a =
        attainment(G2_AT_LEAST_60, G2, "RG", g2("RG", 50, 100), g2("W1", 9, 10), g2("W2", 9, 10));

    assertThat(a.status()).isEqualTo(AttainmentStatus.NOT_MET);
    assertThat(a.value()).isEqualByComparingTo("50");
    assertThat(a.coverage()).isEqualTo(new Coverage(1, 1));
  }

  @Test
  void provinceAggregatesThroughTheCity() {
    Attainment a =
        attainment(G2_AT_LEAST_60, G2, "KG", g2("W1", 60, 100), g2("W2", 6, 10), g2("W3", 0, 0));

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(66, 110));
    assertThat(a.isMet()).isTrue();
    assertThat(a.coverage()).isEqualTo(new Coverage(3, 3));
  }

  @Test
  void reportedAtTopIndicatorDoesNotAggregate() {
    Indicator e1 = indicator("E1", UnitOfMeasure.PERCENT, Aggregation.REPORTED_AT_TOP);
    Target e1AtLeast20 = target("E1", Comparator.AT_LEAST, "20", TargetScope.EVERYWHERE);
    Measurement w1 = Measurement.amount("E1", "W1", YEAR, new BigDecimal("35"));

    Attainment withoutOwn = attainment(e1AtLeast20, e1, "RG", w1);
    Attainment withOwn =
        attainment(
            e1AtLeast20,
            e1,
            "RG",
            w1,
            Measurement.amount("E1", "RG", YEAR, new BigDecimal("21.5")));

    assertThat(withoutOwn.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(withoutOwn.coverage()).isEqualTo(new Coverage(0, 1, List.of("RG")));
    assertThat(withOwn.isMet()).isTrue();
    assertThat(withOwn.value()).isEqualByComparingTo("21.50");
  }

  @Test
  void summedIndicatorAddsTheWardsValues() {
    Indicator g4 = indicator("G4", UnitOfMeasure.COUNT, Aggregation.SUM);
    Target g4AtLeast5 = target("G4", Comparator.AT_LEAST, "5", TargetScope.EVERYWHERE);

    Attainment a =
        attainment(
            g4AtLeast5,
            g4,
            "RG",
            Measurement.amount("G4", "W1", YEAR, BigDecimal.valueOf(3)),
            Measurement.amount("G4", "W2", YEAR, BigDecimal.valueOf(4)),
            Measurement.amount("G4", "W3", YEAR, BigDecimal.ZERO));

    assertThat(a.figure()).isEqualTo(new Quantity.Amount(BigDecimal.valueOf(7)));
    assertThat(a.isMet()).isTrue();
    assertThat(a.gap()).hasValueSatisfying(gap -> assertThat(gap).isEqualByComparingTo("2"));
  }

  @Test
  void cityLevelTargetAskedAtAWardIsRejected() {
    Target g7 =
        target(
            "G2",
            Comparator.EQUAL,
            "100",
            new TargetScope(Set.of(UnitLevel.DISTRICT), Set.of(), false));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> attainment(g7, G2, "W1", g2("W1", 1, 1)))
        .withMessageContaining("COMMUNE W1");
  }

  @Test
  void cityLevelTargetDoesNotTakeTheWardsFigures() {
    Target g7 =
        target(
            "G2",
            Comparator.EQUAL,
            "100",
            new TargetScope(Set.of(UnitLevel.DISTRICT), Set.of(), false));

    Attainment a = attainment(g7, G2, "RG", g2("W1", 10, 10), g2("W2", 10, 10));

    assertThat(a.status()).isEqualTo(AttainmentStatus.NO_DATA);
  }

  @Test
  void wardLevelTargetAskedAtTheCityAggregatesTheWards() {
    Target g8 =
        target(
            "G2",
            Comparator.AT_LEAST,
            "80",
            new TargetScope(Set.of(UnitLevel.COMMUNE), Set.of(), false));

    Attainment a = attainment(g8, G2, "RG", g2("W1", 80, 100), g2("W2", 9, 10), g2("W3", 0, 0));

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(89, 110));
    assertThat(a.isMet()).isTrue();
  }

  @ParameterizedTest(name = "{0}/{1} {2} {3} → {4}, gap {6}")
  @CsvSource({
    "9, 10, AT_LEAST, 80, MET, 90.00, 10.00",
    "9, 10, AT_LEAST, 95, NOT_MET, 90.00, -5.00",
    "9, 10, GREATER_THAN, 90, NOT_MET, 90.00, 0.00",
    "181, 200, GREATER_THAN, 90, MET, 90.50, 0.50",
    // rounding to 66.67 would hide the miss: one more decimal shows it
    "2, 3, AT_LEAST, 66.67, NOT_MET, 66.667, -0.003",
    "99999, 100000, EQUAL, 100, NOT_MET, 99.999, -0.001",
    "1999999, 2000000, EQUAL, 100, NOT_MET, 99.99995, -0.00005",
    "199999999, 200000000, EQUAL, 100, NOT_MET, 99.999999, -0.000001", // cut down at 6 decimals
    "2, 3, AT_LEAST, 60, MET, 66.67, 6.67",
    "10, 10, EQUAL, 100, MET, 100.00, 0.00"
  })
  void gapIsValueMinusThreshold(
      long numerator,
      long denominator,
      Comparator comparator,
      String threshold,
      AttainmentStatus status,
      String value,
      String gap) {
    Attainment a =
        attainment(
            target("G2", comparator, threshold, TargetScope.EVERYWHERE),
            G2,
            "W1",
            g2("W1", numerator, denominator));

    assertThat(a.status()).isEqualTo(status);
    assertThat(a.value()).isEqualTo(new BigDecimal(value));
    assertThat(a.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo(gap));
  }

  @ParameterizedTest(name = "{0}/{1} {2} {3} → {4} more")
  @CsvSource({
    "9, 10, GREATER_THAN, 90, 1", // gap 0.00 but one more dossier was needed
    "90, 100, GREATER_THAN, 90, 1",
    "99, 100, EQUAL, 100, 1",
    "50, 100, AT_LEAST, 60, 10",
    "61, 100, AT_LEAST, 60, 0",
    "181, 200, GREATER_THAN, 90, 0"
  })
  void shortfallSaysHowManyMoreCountsWereNeeded(
      long numerator, long denominator, Comparator comparator, String threshold, long more) {
    Attainment a =
        attainment(
            target("G2", comparator, threshold, TargetScope.EVERYWHERE),
            G2,
            "W1",
            g2("W1", numerator, denominator));

    assertThat(a.shortfall(UnitOfMeasure.PERCENT)).hasValue(more);
  }

  @Test
  void noShortfallWhenNoCountCouldMeetTheTarget() {
    Attainment a =
        attainment(
            target("G2", Comparator.GREATER_THAN, "100", TargetScope.EVERYWHERE),
            G2,
            "W1",
            g2("W1", 10, 10));

    assertThat(a.shortfall(UnitOfMeasure.PERCENT)).isEmpty();
  }

  @Test
  void rejectsATargetMeasuredWithAnotherIndicator() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                attainment(
                    G2_AT_LEAST_60,
                    indicator("G3", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS),
                    "RG"));
  }

  @Test
  void rejectsAnUnknownUnit() {
    assertThatThrownBy(() -> attainment(G2_AT_LEAST_60, G2, "XX"))
        .isInstanceOfSatisfying(
            UnknownUnitException.class, e -> assertThat(e.code()).isEqualTo("XX"));
  }

  @Test
  void rejectsAUnitOnADayBeforeItExisted() {
    AttainmentCalculator calculator = new AttainmentCalculator(CITY, MeasurementSet.empty());

    assertThatThrownBy(
            () -> calculator.attainment(G2_AT_LEAST_60, G2, "RG", YEAR, SINCE.minusDays(1)))
        .isInstanceOf(UnknownUnitException.class);
  }
}
