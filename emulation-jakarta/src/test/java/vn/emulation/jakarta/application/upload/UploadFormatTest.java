package vn.emulation.jakarta.application.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadFormatTest {

  @ParameterizedTest(name = "{0} declares {1}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "bao-cao.csv, CSV",
        "BAO-CAO.CSV, CSV",
        "so lieu.txt, CSV",
        "text/csv, CSV",
        "'text/csv; charset=UTF-8', CSV",
        "text/plain, CSV",
        "application/csv, CSV",
        "bao-cao.xlsx, XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, XLSX",
        "application/octet-stream, NONE",
        "application/vnd.ms-excel, NONE",
        "bao-cao.xls, NONE",
        "bao-cao, NONE",
        "'   ', NONE",
        "NONE, NONE"
      })
  void tellsTheDeclaredFormatFromANameOrMediaType(String declared, UploadFormat format) {
    assertThat(UploadFormat.declaredBy(declared)).isEqualTo(Optional.ofNullable(format));
  }
}
