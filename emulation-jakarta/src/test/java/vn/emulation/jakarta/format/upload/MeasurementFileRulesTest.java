package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.csv;
import static vn.emulation.jakarta.format.upload.Uploads.problemsOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.upload.UnitYears;

/**
 * The rules that need more than a row's own cells: an indicator summed up as a ratio of sums takes
 * a ratio, a unit reports only for the years it existed in, and only what its level may.
 */
class MeasurementFileRulesTest {

  private static final Map<String, YearPeriod> UNIT_YEARS =
      Map.of(
          "RACH_GIA", UnitYears.ALWAYS,
          "VINH_QUANG", new YearPeriod(2020, 2024),
          "PHUONG_MOI", new YearPeriod(2025, Integer.MAX_VALUE));

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 100));

  @Test
  void anIndicatorSummedAsARatioOfSumsRefusesAPlainValue() {
    byte[] content =
        csv(
            HEADER,
            "G2,RACH_GIA,2023,,,,62.5",
            "E1,RACH_GIA,2023,,,,21.5",
            "G3,RACH_GIA,2023,,3,4,");

    List<Problem> problems = problemsOf(() -> reader.parse(content, "x.csv", PLAN, UNIT_YEARS));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "rows[2].value",
                "Indicator G2 is summed up as numerator and denominator: give"
                    + " those instead of the value 62.5"));
    assertThat(problems.get(0).reason().vi()).startsWith("Chỉ tiêu G2 được tổng hợp theo tử số");
  }

  @Test
  void aUnitReportsOnlyForTheYearsItExistedIn() {
    byte[] content =
        csv(
            HEADER,
            "G2,VINH_QUANG,2024,,1,2,",
            "G2,VINH_QUANG,2025,,1,2,",
            "G2,PHUONG_MOI,2024,,1,2,",
            "G2,PHUONG_MOI,2025,,1,2,");

    List<Problem> problems = problemsOf(() -> reader.parse(content, "x.csv", PLAN, UNIT_YEARS));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("rows[3].unit", "Unit 'VINH_QUANG' did not exist in 2025 (it existed 2020–2024)"),
            tuple("rows[4].unit", "Unit 'PHUONG_MOI' did not exist in 2024 (it exists from 2025)"));
    assertThat(problems.get(1).reason().vi())
        .isEqualTo("Đơn vị 'PHUONG_MOI' không tồn tại trong năm 2024 (tồn tại từ năm 2025)");
  }

  @Test
  void rowsWithinTheirUnitsYearsAreRead() {
    byte[] content = csv(HEADER, "G2,VINH_QUANG,2024,,1,2,", "E1,PHUONG_MOI,2025,,,,7");

    assertThat(reader.parse(content, null, PLAN, UNIT_YEARS).measurements())
        .containsExactly(
            Measurement.ratio("G2", "VINH_QUANG", 2024, 1, 2),
            Measurement.amount("E1", "PHUONG_MOI", 2025, new BigDecimal("7")));
  }

  @Test
  void aWardCannotReportACityLevelFigureInEitherFormat() {
    Map<String, UnitLevel> levels =
        Map.of("RACH_GIA", UnitLevel.DISTRICT, "VINH_QUANG", UnitLevel.COMMUNE);
    byte[] content =
        csv(
            HEADER,
            "G8,VINH_QUANG,2023,,1,2,",
            "E1,VINH_QUANG,2023,,,,21.5",
            "G7,VINH_QUANG,2023,,1,2,",
            "E1,RACH_GIA,2023,,,,21.5",
            "G7,RACH_GIA,2023,,1,2,");
    byte[] workbook =
        Uploads.xlsx(
            List.of(Uploads.header(), List.of("E1", "VINH_QUANG", 2023, "", "", "", 21.5)));

    List<Problem> problems =
        problemsOf(() -> reader.parse(content, "x.csv", PLAN, UNIT_YEARS, levels));
    List<Problem> inXlsx =
        problemsOf(() -> reader.parse(workbook, "x.xlsx", PLAN, UNIT_YEARS, levels));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "rows[3].indicator",
                "Indicator E1 is reported only at district or city level"
                    + " (one figure for the whole area, not summed up from below), not at ward or"
                    + " commune level (unit VINH_QUANG)"),
            tuple(
                "rows[4].indicator",
                "Indicator G7 applies only at district or city level, it is"
                    + " not reported at ward or commune level (unit VINH_QUANG)"));
    assertThat(problems.get(0).reason().vi())
        .isEqualTo(
            "Chỉ tiêu E1 chỉ báo cáo ở cấp huyện"
                + " (thành phố thuộc tỉnh) (số liệu chung của cả địa bàn, không cộng từ cấp dưới),"
                + " không báo cáo ở cấp xã (phường, xã) (đơn vị VINH_QUANG)");
    assertThat(inXlsx).extracting(Problem::path).containsExactly("rows[2].indicator");
  }

  @Test
  void aUnitWhoseLevelIsUnknownIsNotCheckedForIt() {
    byte[] content = csv(HEADER, "E1,VINH_QUANG,2023,,,,21.5");

    assertThat(reader.parse(content, null, PLAN, UNIT_YEARS, Map.of()).measurements())
        .containsExactly(Measurement.amount("E1", "VINH_QUANG", 2023, new BigDecimal("21.5")));
  }
}
