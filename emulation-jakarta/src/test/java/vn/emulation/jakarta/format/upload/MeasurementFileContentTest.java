package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;
import static vn.emulation.jakarta.format.upload.Uploads.csv;
import static vn.emulation.jakarta.format.upload.Uploads.header;
import static vn.emulation.jakarta.format.upload.Uploads.problemOf;
import static vn.emulation.jakarta.format.upload.Uploads.xlsx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UploadFormat;

/** What the content is, against what it claims to be; how much it may hold; its fingerprint. */
class MeasurementFileContentTest {

  private static final byte[] GOOD_CSV = csv(HEADER, "G2,RACH_GIA,2023,,152,190,");
  private static final byte[] GOOD_XLSX =
      xlsx(List.of(header(), List.of("G2", "RACH_GIA", 2023, "", 152, 190)));

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 3));

  @Test
  void refusesAnEmptyFile() {
    Problem problem = problemOf(() -> reader.parse(new byte[0], "bao-cao.csv", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).isEqualTo("The file is empty");
  }

  @Test
  void refusesAFileOfBlankLinesAndAFileWithoutDataRows() {
    byte[] blank = "\uFEFF\r\n  \r\n,,,\r\n".getBytes(StandardCharsets.UTF_8);

    assertThat(problemOf(() -> reader.parse(blank, null, PLAN, UNITS)).path()).isEqualTo("file");
    Problem headerOnly = problemOf(() -> reader.parse(csv(HEADER), null, PLAN, UNITS));
    assertThat(headerOnly.path()).isEqualTo("rows");
    assertThat(headerOnly.reason().en()).contains("no data rows");
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt() {
    MeasurementFile small = new MeasurementFile(new UploadLimits(GOOD_CSV.length - 1, 3));

    Problem problem = problemOf(() -> small.parse(GOOD_CSV, null, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .contains(GOOD_CSV.length + " bytes", "limit of " + (GOOD_CSV.length - 1));
  }

  @Test
  void refusesMoreRowsThanTheLimitInEitherFormat() {
    byte[] fourRows =
        csv(
            HEADER,
            "G1,RACH_GIA,2023,,1,2,",
            "G2,RACH_GIA,2023,,1,2,",
            "G3,RACH_GIA,2023,,1,2,",
            "G4,RACH_GIA,2023,,1,2,");
    byte[] fourRowsXlsx =
        xlsx(
            List.of(
                header(),
                List.of("G1", "RACH_GIA", 2023, "", 1, 2),
                List.of("G2", "RACH_GIA", 2023, "", 1, 2),
                List.of("G3", "RACH_GIA", 2023, "", 1, 2),
                List.of("G4", "RACH_GIA", 2023, "", 1, 2)));

    for (byte[] content : List.of(fourRows, fourRowsXlsx)) {
      Problem problem = problemOf(() -> reader.parse(content, null, PLAN, UNITS));
      assertThat(problem.path()).isEqualTo("rows");
      assertThat(problem.reason().en()).isEqualTo("The file has more than 3 data rows (row 5)");
    }
    assertThat(
            reader.parse(Arrays.copyOf(fourRows, fourRows.length - 23), null, PLAN, UNITS).size())
        .isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bao-cao.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      })
  void refusesCsvContentDeclaredAsXlsx(String declared) {
    Problem problem = problemOf(() -> reader.parse(GOOD_CSV, declared, PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .isEqualTo(
            "The file is declared as XLSX ('" + declared + "') but its content is CSV (text)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bao-cao.csv", "text/csv"})
  void refusesXlsxContentDeclaredAsCsv(String declared) {
    Problem problem = problemOf(() -> reader.parse(GOOD_XLSX, declared, PLAN, UNITS));

    assertThat(problem.reason().en())
        .isEqualTo(
            "The file is declared as CSV ('" + declared + "') but its content is XLSX (ZIP)");
    assertThat(problem.reason().vi()).contains("nhưng nội dung là XLSX");
  }

  @Test
  void letsTheContentDecideWhenTheDeclarationSaysNothing() {
    assertThat(reader.parse(GOOD_XLSX, "application/octet-stream", PLAN, UNITS).format())
        .isEqualTo(UploadFormat.XLSX);
    assertThat(reader.parse(GOOD_CSV, "application/vnd.ms-excel", PLAN, UNITS).format())
        .isEqualTo(UploadFormat.CSV);
    assertThat(reader.parse(GOOD_XLSX, null, PLAN, UNITS).measurements())
        .isEqualTo(reader.parse(GOOD_CSV, null, PLAN, UNITS).measurements());
  }

  @Test
  void refusesALegacyXlsWorkbook() {
    byte[] xls = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };

    Problem problem = problemOf(() -> reader.parse(xls, "bao-cao.xls", PLAN, UNITS));

    assertThat(problem.reason().en()).contains(".xls", "not supported");
  }

  @Test
  void refusesContentThatIsNeitherTextNorXlsx() {
    byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16LE);

    for (byte[] content : List.of(pdf, utf16)) {
      Problem problem = problemOf(() -> reader.parse(content, "bao-cao.csv", PLAN, UNITS));
      assertThat(problem.path()).isEqualTo("file");
      assertThat(problem.reason().en()).isEqualTo("The file is neither CSV (UTF-8 text) nor XLSX");
    }
  }

  @Test
  void fingerprintsTheContentWithSha256() throws Exception {
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(GOOD_CSV));

    assertThat(reader.parse(GOOD_CSV, null, PLAN, UNITS).sha256()).isEqualTo(expected);
    assertThat(reader.parse(GOOD_CSV.clone(), null, PLAN, UNITS).sha256()).isEqualTo(expected);
  }

  @Test
  void differentContentHasADifferentFingerprintEvenWithTheSameMeasurements() {
    byte[] crlf =
        new String(GOOD_CSV, StandardCharsets.UTF_8)
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] otherFigure = csv(HEADER, "G2,RACH_GIA,2023,,153,190,");

    ParsedUpload first = reader.parse(GOOD_CSV, null, PLAN, UNITS);
    ParsedUpload sameRows = reader.parse(crlf, null, PLAN, UNITS);
    ParsedUpload otherRows = reader.parse(otherFigure, null, PLAN, UNITS);

    assertThat(sameRows.measurements()).isEqualTo(first.measurements());
    assertThat(List.of(sameRows.sha256(), otherRows.sha256())).doesNotContain(first.sha256());
  }

  @Test
  void validatesItsArguments() {
    assertThatThrownBy(() -> new UploadLimits(0, 1)).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> new UploadLimits(1, 0)).hasMessageContaining("maxRows");
    assertThatThrownBy(() -> reader.parse(null, null, PLAN, UNITS))
        .isInstanceOf(NullPointerException.class);
    assertThat(new MeasurementFile().limits()).isEqualTo(UploadLimits.DEFAULT);
    assertThat(new UploadLimits(1, 100).maxUnpackedSheetBytes()).isEqualTo((1L << 20) + 100 * 512);
    assertThat(new UploadLimits(1, 100).maxUnpackedSharedStringsBytes())
        .isEqualTo((1L << 20) + 100 * 16);
    assertThat(new UploadLimits(1, 100).maxUnpackedBytes())
        .isEqualTo((2L << 20) + 100 * 528 + (16L << 20));
  }
}
