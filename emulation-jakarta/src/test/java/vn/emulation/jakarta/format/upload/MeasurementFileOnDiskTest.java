package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.problemOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.application.upload.UploadFormat;

/**
 * A file read from the temporary file the server keeps it in reads exactly as the same bytes in
 * memory: the same measurements and fingerprint, and the same refusals of hostile files, whose
 * parts are now read from disk by random access.
 */
class MeasurementFileOnDiskTest {

  private static final Map<String, YearPeriod> UNITS = UnitYears.always(Uploads.UNITS);

  @TempDir Path directory;

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 1_000));

  private ParsedUpload fromDisk(byte[] bytes, String name) throws IOException {
    try (UploadContent content =
        UploadContent.receive(new ByteArrayInputStream(bytes), directory, 100L << 20)) {
      return reader.parse(content, name, PLAN, UNITS, Map.of());
    }
  }

  private Problem refusalFromDisk(byte[] bytes, String name) throws IOException {
    try (UploadContent content =
        UploadContent.receive(new ByteArrayInputStream(bytes), directory, 100L << 20)) {
      return problemOf(() -> reader.parse(content, name, PLAN, UNITS, Map.of()));
    }
  }

  @Test
  void readsACsvFromDiskAsFromMemory() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = HEADER.replace(',', ';') + "\nG2;RACH_GIA;2023;;3;4;\nE1;RACH_GIA;2023;;;;21,5\n";
    byte[] csv = concat(bom, text.getBytes(StandardCharsets.UTF_8));

    ParsedUpload disk = fromDisk(csv, "bao-cao.csv");
    ParsedUpload memory = reader.parse(csv, "bao-cao.csv", PLAN, UNITS);

    assertThat(disk.format()).isEqualTo(UploadFormat.CSV);
    assertThat(disk.measurements()).hasSize(2).isEqualTo(memory.measurements());
    assertThat(disk.sha256()).isEqualTo(memory.sha256());
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void readsAnXlsxFromDiskAsFromMemory() throws IOException {
    byte[] xlsx = HostileUploadTest.streamedWorkbook(500);

    ParsedUpload disk = fromDisk(xlsx, "bao-cao.xlsx");

    assertThat(disk.format()).isEqualTo(UploadFormat.XLSX);
    assertThat(disk.measurements())
        .hasSize(500)
        .isEqualTo(reader.parse(xlsx, "bao-cao.xlsx", PLAN, UNITS).measurements());
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void refusesASheetLargerThanTheRowLimitByItsDeclaredSize() throws IOException {
    Problem problem = refusalFromDisk(HostileUploadTest.streamedWorkbook(30_000), "lon.xlsx");

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .startsWith("The sheets of the XLSX file unpack to more than")
        .contains("1000 data rows");
  }

  @Test
  void countsWhatAPartOnDiskReallyInflatesToWhateverItsHeaderClaims() throws IOException {
    // 100,000 rows inflate to several megabytes: read from disk in many chunks, still counted
    byte[] honest =
        HostileUploadTest.replaced(
            HostileUploadTest.streamedWorkbook(1),
            "xl/worksheets/sheet1.xml",
            "(?s)<sheetData>.*</sheetData>",
            HostileUploadTest.rows(100_000));
    byte[] lying = HostileUploadTest.declaredSize(honest, "xl/worksheets/sheet1.xml", 1_000);

    Problem problem = refusalFromDisk(lying, "noi-doi.xlsx");

    assertThat(problem.reason().en())
        .startsWith(
            "The sheets of the XLSX file unpack to more than"
                + " "
                + reader.limits().maxUnpackedSheetBytes()
                + " bytes");
  }

  @Test
  void refusesATruncatedWorkbookAsDamaged() throws IOException {
    byte[] xlsx = HostileUploadTest.streamedWorkbook(50);

    Problem problem = refusalFromDisk(Arrays.copyOf(xlsx, xlsx.length / 2), "hong.xlsx");

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).isEqualTo("The XLSX file is damaged and cannot be unpacked");
  }

  @Test
  void refusesAHeaderOfAMillionColumnsLongerThanTheFirstBytesKept() throws IOException {
    StringBuilder header = new StringBuilder(HEADER);
    for (int i = 0; i < 1_000_000; i++) {
      header.append(",c").append(i);
    }

    Problem problem =
        refusalFromDisk(Uploads.csv(header.toString(), "G2,RACH_GIA,2023,,1,2,"), "rong.csv");

    assertThat(problem.path()).isEqualTo("header");
    assertThat(problem.reason().en())
        .startsWith("The first line of the file has more than" + " 16,384 columns");
  }

  @Test
  void refusesAFileOfAnotherEncodingReadFromDisk() throws IOException {
    byte[] latin1 =
        (HEADER + "\nG2,RACH_GIA,2023,Ph\u01b0\u1eddng,3,4,\n").getBytes(StandardCharsets.UTF_8);
    byte[] broken = concat(latin1, new byte[] {(byte) 0xE9, '\n'});

    Problem problem = refusalFromDisk(broken, "bao-cao.csv");

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).startsWith("The file is not UTF-8 text");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
