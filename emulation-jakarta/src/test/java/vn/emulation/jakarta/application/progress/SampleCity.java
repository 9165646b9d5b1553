package vn.emulation.jakarta.application.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/**
 * The real Rạch Giá plan and a small city: one big ward, one small ward, one that never reports.
 */
final class SampleCity {

  static final String CITY = "899";
  static final String BIG_WARD = "30730";
  static final String SMALL_WARD = "30733";
  static final String SILENT_WARD = "30745";
  static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
  static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

  private static final Plan PLAN = load();

  private SampleCity() {}

  /** The built-in plan, with "some targets" for wards set to {@code 3}. Immutable, so shared. */
  static Plan plan() {
    return PLAN;
  }

  private static Plan load() {
    try (InputStream in = SampleCity.class.getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      Plan plan = new PlanJsonReader().read(in);
      return plan.toBuilder().parameterValue("WARD_MIN_TARGETS_MET", BigDecimal.valueOf(3)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OrgHierarchy hierarchy() {
    return OrgHierarchy.of(
        List.of(
            OrgUnit.open(CITY, "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
            OrgUnit.open(BIG_WARD, "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, CITY, OPENED),
            OrgUnit.open(SMALL_WARD, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, CITY, OPENED),
            OrgUnit.open(SILENT_WARD, "Phường An Hòa", UnitLevel.COMMUNE, CITY, OPENED)));
  }

  /**
   * 2023 figures. G2: 900/1000 and 20/100, so the city has 920/1100 = 83.64 % (met), where the mean
   * of the wards' shares, 55 %, would not be. G8: 80/100 and 5/10, the city 85/110 = 77.27 %. G7 is
   * the city's own 50/50, and the big ward also sent a G7 figure it should not have.
   */
  static MeasurementSet figures2023() {
    return MeasurementSet.of(
        List.of(
            Measurement.ratio("G2", BIG_WARD, 2023, 900, 1000),
            Measurement.ratio("G2", SMALL_WARD, 2023, 20, 100),
            Measurement.ratio("G8", BIG_WARD, 2023, 80, 100),
            Measurement.ratio("G8", SMALL_WARD, 2023, 5, 10),
            Measurement.ratio("G7", CITY, 2023, 50, 50),
            Measurement.ratio("G7", BIG_WARD, 2023, 10, 10),
            // the ward-committee targets (criterion B-TARGETS) for the big ward
            Measurement.ratio("G1", BIG_WARD, 2023, 40, 40),
            Measurement.ratio("G3", BIG_WARD, 2023, 85, 100),
            Measurement.ratio("G10", BIG_WARD, 2023, 90, 100)));
  }

  static ProgressService service(MeasurementSet figures) {
    return new ProgressService(plan(), hierarchy(), figures);
  }
}
