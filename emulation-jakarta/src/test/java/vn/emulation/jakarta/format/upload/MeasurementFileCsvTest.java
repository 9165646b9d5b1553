package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;
import static vn.emulation.jakarta.format.upload.Uploads.csv;
import static vn.emulation.jakarta.format.upload.Uploads.problemOf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UploadFormat;

class MeasurementFileCsvTest {

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 1_000));

  static final List<Measurement> EXPECTED =
      List.of(
          Measurement.ratio("G2", "RACH_GIA", 2023, 152, 190),
          Measurement.amount("E1", "RACH_GIA", 2023, new BigDecimal("21.5")),
          new Measurement(
              "E2", "RACH_GIA", 2023, "AGRICULTURE", new Quantity.Amount(BigDecimal.TEN)),
          Measurement.ratio("S1", "VINH_QUANG", 2025, 0, 0));

  static final String[] GOOD = {
    HEADER,
    "G2,RACH_GIA,2023,,152,190,",
    "E1,RACH_GIA,2023,,,,21.5",
    "E2,RACH_GIA,2023,AGRICULTURE,,,10",
    "S1,VINH_QUANG,2025,,0,0,"
  };

  @Test
  void readsRatiosAndValuesInRowOrder() {
    ParsedUpload upload = reader.parse(csv(GOOD), "bao-cao.csv", PLAN, UNITS);

    assertThat(upload.format()).isEqualTo(UploadFormat.CSV);
    assertThat(upload.measurements()).isEqualTo(EXPECTED);
    assertThat(upload.sha256()).matches("[0-9a-f]{64}");
  }

  @Test
  void readsByteOrderMarkCrlfAndSemicolonsWithDecimalCommas() {
    String text =
        "\uFEFF"
            + String.join(
                "\r\n",
                HEADER.replace(',', ';'),
                "G2;RACH_GIA;2023;;152;190;",
                "E1;RACH_GIA;2023;;;;21,5",
                "E2;RACH_GIA;2023;AGRICULTURE;;;10",
                "S1;VINH_QUANG;2025;;0;0;")
            + "\r\n";

    ParsedUpload upload =
        reader.parse(text.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", PLAN, UNITS);

    assertThat(upload.measurements()).isEqualTo(EXPECTED);
  }

  @Test
  void acceptsColumnsInAnyOrderAnyCaseAndSpacesAroundCells() {
    byte[] content =
        csv(
            "Value , Indicator,UNIT,year,breakdown,denominator,numerator",
            " 21.5 , E1 , RACH_GIA ,2023,,,",
            ",G2,RACH_GIA,2023,,190,152");

    assertThat(reader.parse(content, null, PLAN, UNITS).measurements())
        .containsExactly(
            Measurement.amount("E1", "RACH_GIA", 2023, new BigDecimal("21.5")),
            Measurement.ratio("G2", "RACH_GIA", 2023, 152, 190));
  }

  @Test
  void acceptsPercentSignAndWholeNumbersWrittenWithDecimals() {
    byte[] content = csv(HEADER, "E1,RACH_GIA,2023,,,,62.5%", "G2,RACH_GIA,2023.0,,15.0,20,");

    assertThat(reader.parse(content, null, PLAN, UNITS).measurements())
        .containsExactly(
            Measurement.amount("E1", "RACH_GIA", 2023, new BigDecimal("62.5")),
            Measurement.ratio("G2", "RACH_GIA", 2023, 15, 20));
  }

  @Test
  void numbersRowsAsTheSpreadsheetShowsThemCountingBlankAndQuotedMultiLineRows() {
    byte[] content =
        csv(
            "",
            HEADER,
            "G2,RACH_GIA,2023,\"two",
            "lines\",1,2,",
            "",
            ",,,,,,",
            "G2,RACH_GIA,2023,,3,2,");

    List<Problem> problems = Uploads.problemsOf(() -> reader.parse(content, null, PLAN, UNITS));

    // the two-line cell is row 3 (and no code), the last row is row 6
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly("rows[3].breakdown", "rows[6].numerator");
  }

  @Test
  void reportsAWrongHeaderOnceNamingMissingAndUnknownColumns() {
    byte[] content =
        csv("indicator,unit,year,numerator,denominator,valeur", "G2,RACH_GIA,2023,1,2,");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("header");
    assertThat(problem.reason().en())
        .contains("missing column(s) breakdown, value")
        .contains("unknown column(s) 'valeur'");
    assertThat(problem.reason().vi()).contains("thiếu cột breakdown, value");
  }

  @Test
  void reportsARepeatedColumn() {
    byte[] content = csv(HEADER + ",value", "G2,RACH_GIA,2023,,1,2,,");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("header");
    assertThat(problem.reason().en()).contains("repeated column(s) value");
  }

  @Test
  void refusesAnUnquotedDecimalCommaInACommaSeparatedFile() {
    byte[] content = csv(HEADER, "E1,RACH_GIA,2023,,,,62,5");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("rows[2]");
    assertThat(problem.reason().en()).contains("Column 8", "'5'");
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] content =
        (HEADER + "\nE2,RACH_GIA,2023,Nông nghiệp,,,10\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1258"));

    Problem problem = problemOf(() -> reader.parse(content, "bao-cao.csv", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).contains("not UTF-8");
    assertThat(problem.reason().vi()).contains("CSV UTF-8");
  }

  @Test
  void refusesMalformedQuoting() {
    byte[] content = csv(HEADER, "G2,RACH_GIA,2023,\"x\"y,1,2,");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .startsWith("The CSV file is malformed")
        .endsWith(
            "a quoted cell has text between its closing quote and the next separator;"
                + " a quote inside a cell is written twice (\"\")")
        .doesNotContain("encapsulated", "token", "Invalid char");
  }

  @Test
  void aQuoteNeverClosedIsSaidSo() {
    byte[] content = csv(HEADER, "G2,RACH_GIA,2023,\"Nông nghiệp,1,2,");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .endsWith("a quoted cell is never closed")
        .doesNotContain("EOF");
    assertThat(problem.reason().vi()).endsWith("một ô mở ngoặc kép mà không đóng");
  }

  @Test
  void aBreakdownIsACodeAsInASingleReport() {
    byte[] content =
        csv(HEADER, "E2,RACH_GIA,2023,Nông nghiệp,,,10", "E2,RACH_GIA,2023,NONG_NGHIEP,,,10");

    Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("rows[2].breakdown");
    assertThat(problem.reason().vi()).contains("Nông nghiệp");
  }
}
