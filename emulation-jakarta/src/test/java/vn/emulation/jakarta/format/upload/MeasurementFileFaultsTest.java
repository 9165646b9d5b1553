package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;
import static vn.emulation.jakarta.format.upload.Uploads.csv;
import static vn.emulation.jakarta.format.upload.Uploads.problemsOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;

/** A file with a fault of every kind: all are reported, at their row and column, none kept. */
class MeasurementFileFaultsTest {

  private static final byte[] FAULTY =
      csv(
          HEADER,
          "G2,RACH_GIA,2023,,152,190,",
          "G99,RACH_GIA,2023,,1,2,",
          "G2,NOWHERE,2023,,1,2,",
          "G2,RACH_GIA,2021,,1,2,",
          "G2,RACH_GIA,20x3,,1,2,",
          "G3,RACH_GIA,2023,,12.5,20,",
          "G3,VINH_QUANG,2023,,-1,20,",
          "G4,RACH_GIA,2023,,30,20,",
          "G5,RACH_GIA,2023,,5,0,",
          "G6,RACH_GIA,2023,,5,10,50",
          "G7,RACH_GIA,2023,,,,",
          "E1,RACH_GIA,2023,,,,abc",
          "E1,VINH_QUANG,2023,,,,-3",
          "E3,RACH_GIA,2023,,,,120.5",
          "G2,RACH_GIA,2023,,10,20,",
          ",,,,1,2,",
          "G8,RACH_GIA,2023,,7,,",
          "E2,RACH_GIA,2023,AGRI,,,12",
          "E2,RACH_GIA,2023,AGRI,,,13",
          "E2,RACH_GIA,2023,,,,8");

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 100));

  @Test
  void reportsEveryFaultAtItsRowAndColumnNamingTheBadValue() {
    List<Problem> problems = problemsOf(() -> reader.parse(FAULTY, "bao-cao.csv", PLAN, UNITS));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("rows[3].indicator", "Indicator 'G99' is not in plan rach-gia-2022-2025"),
            tuple("rows[4].unit", "Unit 'NOWHERE' is unknown"),
            tuple("rows[5].year", "The year '2021' is outside the plan period 2022–2025"),
            tuple("rows[6].year", "The year '20x3' must be a whole number, such as 2022"),
            tuple("rows[7].numerator", "The numerator '12.5' must be a whole number"),
            tuple("rows[8].numerator", "The numerator cannot be negative, was -1"),
            tuple("rows[9].numerator", "The numerator 30 exceeds the denominator 20"),
            tuple("rows[10].denominator", "The denominator is 0 while the numerator is 5"),
            tuple(
                "rows[11].value",
                "Both numerator/denominator and value are given: "
                    + "give either numerator and denominator, or a value"),
            tuple("rows[12].value", "No figure: give numerator and denominator, " + "or a value"),
            tuple("rows[13].value", "The value 'abc' is not a number"),
            tuple("rows[14].value", "The value cannot be negative, was -3"),
            tuple("rows[15].value", "The value 120.5 exceeds 100: indicator E3 is a percentage"),
            tuple(
                "rows[16].indicator",
                "Duplicates row 2: same indicator G2, unit RACH_GIA, "
                    + "year 2023, breakdown (overall)"),
            tuple("rows[17].indicator", "The indicator cell is required but empty"),
            tuple("rows[17].unit", "The unit cell is required but empty"),
            tuple("rows[17].year", "The year cell is required but empty"),
            tuple("rows[18].denominator", "The denominator is required"),
            tuple(
                "rows[20].indicator",
                "Duplicates row 19: same indicator E2, unit RACH_GIA, "
                    + "year 2023, breakdown 'AGRI'"));
  }

  @Test
  void givesEveryReasonInVietnameseToo() {
    List<Problem> problems = problemsOf(() -> reader.parse(FAULTY, null, PLAN, UNITS));

    assertThat(problems)
        .extracting(p -> p.reason().vi())
        .contains(
            "Chỉ tiêu 'G99' không có trong kế hoạch rach-gia-2022-2025",
            "Tử số 30 lớn hơn mẫu số 20",
            "Mẫu số bằng 0 trong khi tử số là 5",
            "Trùng với dòng 2: cùng chỉ tiêu G2, đơn vị RACH_GIA, năm 2023, phân tổ (tổng)",
            "Ô year (năm) bắt buộc nhưng đang để trống");
    assertThat(problems).allSatisfy(p -> assertThat(p.reason().vi()).isNotEqualTo(p.reason().en()));
  }

  @Test
  void listsUpToTheLimitAndCountsTheRest() {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int i = 0; i < 30; i++) {
      lines.add("G2,NOWHERE,2023,,1,2,");
    }
    MeasurementFile strict = new MeasurementFile(new UploadLimits(1 << 20, 100, 10));

    List<Problem> problems =
        problemsOf(() -> strict.parse(csv(lines.toArray(String[]::new)), null, PLAN, UNITS));

    assertThat(problems).hasSize(11);
    assertThat(problems.get(9).path()).isEqualTo("rows[11].unit");
    assertThat(problems.get(10).path()).isEqualTo("rows");
    assertThat(problems.get(10).reason().en())
        .isEqualTo("…and 20 more not listed here (30 in all)");
    assertThat(problems.get(10).reason().vi())
        .isEqualTo("…và 20 lỗi khác không liệt kê ra đây (tổng cộng 30 lỗi)");
  }
}
