package vn.emulation.jakarta.application.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.jakarta.application.upload.Uploads.HEADER;
import static vn.emulation.jakarta.application.upload.Uploads.PLAN;
import static vn.emulation.jakarta.application.upload.Uploads.csv;
import static vn.emulation.jakarta.application.upload.Uploads.problemsOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.target.Measurement;

/**
 * The rules that need more than a row's own cells: an indicator summed up as a ratio of sums
 * takes a ratio, and a unit reports only for the years it existed in.
 */
class MeasurementFileRulesTest {

  private static final Map<String, YearPeriod> UNIT_YEARS = Map.of(
      "RACH_GIA", UnitYears.ALWAYS,
      "VINH_QUANG", new YearPeriod(2020, 2024),
      "PHUONG_MOI", new YearPeriod(2025, Integer.MAX_VALUE));

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 100));

  @Test
  void anIndicatorSummedAsARatioOfSumsRefusesAPlainValue() {
    byte[] content = csv(HEADER,
        "G2,RACH_GIA,2023,,,,62.5",
        "E1,RACH_GIA,2023,,,,21.5",
        "G3,RACH_GIA,2023,,3,4,");

    List<Problem> problems = problemsOf(() -> reader.parse(content, "x.csv", PLAN, UNIT_YEARS));

    assertThat(problems).extracting(Problem::path, p -> p.reason().en()).containsExactly(
        tuple("rows[2].value", "Indicator G2 is summed up as numerator and denominator: give"
            + " those instead of the value '62.5'"));
    assertThat(problems.get(0).reason().vi()).startsWith("Chỉ tiêu G2 được tổng hợp theo tử số");
  }

  @Test
  void aUnitReportsOnlyForTheYearsItExistedIn() {
    byte[] content = csv(HEADER,
        "G2,VINH_QUANG,2024,,1,2,",
        "G2,VINH_QUANG,2025,,1,2,",
        "G2,PHUONG_MOI,2024,,1,2,",
        "G2,PHUONG_MOI,2025,,1,2,");

    List<Problem> problems = problemsOf(() -> reader.parse(content, "x.csv", PLAN, UNIT_YEARS));

    assertThat(problems).extracting(Problem::path, p -> p.reason().en()).containsExactly(
        tuple("rows[3].unit", "Unit 'VINH_QUANG' did not exist in 2025 (it existed 2020–2024)"),
        tuple("rows[4].unit", "Unit 'PHUONG_MOI' did not exist in 2024 (it exists from 2025)"));
    assertThat(problems.get(1).reason().vi())
        .isEqualTo("Đơn vị 'PHUONG_MOI' không tồn tại trong năm 2024 (tồn tại từ năm 2025)");
  }

  @Test
  void rowsWithinTheirUnitsYearsAreRead() {
    byte[] content = csv(HEADER, "G2,VINH_QUANG,2024,,1,2,", "E1,PHUONG_MOI,2025,,,,7");

    assertThat(reader.parse(content, null, PLAN, UNIT_YEARS).measurements()).containsExactly(
        Measurement.ratio("G2", "VINH_QUANG", 2024, 1, 2),
        Measurement.amount("E1", "PHUONG_MOI", 2025, new BigDecimal("7")));
  }
}
