package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.upload.ParsedUpload;

/** A hundred thousand rows: every one a distinct key, read streaming, kept compactly. */
class LargeUploadTest {

  private static final int ROWS = 100_000;
  private static final int UNIT_COUNT = 1_000;
  private static final int[] YEARS = {2022, 2023, 2024, 2025};

  private final Set<String> units = units();
  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(64L << 20, ROWS));

  @Test
  void readsAHundredThousandCsvRows() {
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    forEachRow(
        (indicator, unit, year, n) ->
            text.append(indicator.code())
                .append(',')
                .append(unit)
                .append(',')
                .append(year)
                .append(",,")
                .append(n % 90)
                .append(",90,\r\n"));

    ParsedUpload upload =
        reader.parse(text.toString().getBytes(StandardCharsets.UTF_8), "lon.csv", PLAN, units);

    assertThat(upload.size()).isEqualTo(ROWS);
    assertThat(upload.measurements().get(ROWS - 1))
        .isEqualTo(Measurement.ratio("S1", "U0925", 2025, (ROWS - 1) % 90, 90));
  }

  @Test
  void readsAHundredThousandXlsxRowsStreaming() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Số liệu");
      Uploads.fill(sheet, List.of(Uploads.header()));
      forEachRow(
          (indicator, unit, year, n) -> {
            Row row = sheet.createRow(n + 1);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue(unit);
            row.createCell(2).setCellValue(year);
            row.createCell(4).setCellValue(n % 90);
            row.createCell(5).setCellValue(90);
          });
      workbook.write(bytes);
      workbook.dispose();
    }

    ParsedUpload upload = reader.parse(bytes.toByteArray(), "lon.xlsx", PLAN, units);

    assertThat(upload.size()).isEqualTo(ROWS);
    assertThat(upload.measurements().get(0))
        .isEqualTo(Measurement.ratio("G1", "U0000", 2022, 0, 90));
  }

  private interface RowWriter {
    void row(Indicator indicator, String unit, int year, int n);
  }

  // Units outermost, so that each key (indicator, unit, year) comes once.
  private static void forEachRow(RowWriter writer) {
    int n = 0;
    for (int u = 0; u < UNIT_COUNT && n < ROWS; u++) {
      for (int year : YEARS) {
        for (Indicator indicator : PLAN.indicators()) {
          if (n < ROWS) {
            writer.row(indicator, String.format("U%04d", u), year, n++);
          }
        }
      }
    }
  }

  private static Set<String> units() {
    Set<String> units = new HashSet<>();
    for (int u = 0; u < UNIT_COUNT; u++) {
      units.add(String.format("U%04d", u));
    }
    return units;
  }
}
