package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.END_2023;
import static vn.emulation.jakarta.application.progress.SampleCity.SMALL_WARD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Quantity;

/** Each line carries the counts behind a share, so that readers can check a city's figure. */
class TargetProgressFigureTest {

  private final ProgressReport city = report();

  private static ProgressReport report() {
    List<Measurement> figures = new ArrayList<>();
    figures.add(Measurement.ratio("G2", SampleCity.BIG_WARD, 2023, 900, 1000));
    figures.add(Measurement.ratio("G2", SMALL_WARD, 2023, 20, 100));
    figures.add(Measurement.amount("E1", CITY, 2023, new BigDecimal("25.5")));
    return SampleCity.service(MeasurementSet.of(figures)).progress(2023, CITY, 2023, END_2023);
  }

  @Test
  void aCityShareCarriesTheSummedCountsOfItsWards() {
    TargetProgress g2 = city.row("G2").orElseThrow();

    assertThat(g2.ratio()).contains(new Quantity.Ratio(920, 1100));
    assertThat(g2.figure()).isEqualTo(new Quantity.Ratio(920, 1100));
  }

  @Test
  void anAmountHasNoCounts() {
    TargetProgress e1 = city.row("E1").orElseThrow();

    assertThat(e1.figure()).isEqualTo(new Quantity.Amount(new BigDecimal("25.5")));
    assertThat(e1.ratio()).isEmpty();
  }

  @Test
  void noDataHasNoFigure() {
    TargetProgress s1 = city.row("S1").orElseThrow();

    assertThat(s1.figure()).isNull();
    assertThat(s1.ratio()).isEmpty();
  }
}
