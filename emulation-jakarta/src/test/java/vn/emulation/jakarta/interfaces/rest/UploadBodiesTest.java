package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading an uploaded body: never past the limit, its name, its media type. */
class UploadBodiesTest {

  private static ByteArrayInputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void readsABodyUpToTheLimitWithOrWithoutItsLength() {
    assertThat(UploadBodies.read(bytes(10), 10, 10)).hasSize(10);
    assertThat(UploadBodies.read(bytes(10), -1, 10)).hasSize(10);
    assertThat(UploadBodies.read(bytes(0), -1, 10)).isEmpty();
  }

  @Test
  void refusesABodyOverTheLimitWhetherDeclaredOrFoundReading() {
    assertThatThrownBy(() -> UploadBodies.read(bytes(11), 11, 10))
        .isInstanceOfSatisfying(FileRefusedException.class,
            e -> assertThat(e.status()).isEqualTo(413));
    assertThatThrownBy(() -> UploadBodies.read(bytes(11), -1, 10))
        .isInstanceOf(FileRefusedException.class);
    // a length that lies is found out too
    assertThatThrownBy(() -> UploadBodies.read(bytes(11), 5, 10))
        .isInstanceOf(FileRefusedException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "attachment; filename=\"bao-cao.csv\"                          | bao-cao.csv",
      "attachment; filename=bao-cao.xlsx                             | bao-cao.xlsx",
      "form-data; name=\"file\"; filename=\"a \\\"b\\\".csv\"        | a \"b\".csv",
      "attachment; filename=\"bao-cao.csv\"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.csv | báo-cáo.csv",
      "attachment                                                    | NULL"})
  void findsTheFileNameInContentDisposition(String header, String name) {
    assertThat(UploadBodies.filename(header)).isEqualTo(name);
  }

  @Test
  void acceptsTheMediaTypesOfCsvAndXlsxOnly() {
    UploadBodies.requireAccepted("text/csv; charset=UTF-8");
    UploadBodies.requireAccepted(MeasurementResource.XLSX);
    UploadBodies.requireAccepted(null);
    assertThatThrownBy(() -> UploadBodies.requireAccepted("application/pdf"))
        .isInstanceOfSatisfying(FileRefusedException.class, e -> {
          assertThat(e.status()).isEqualTo(415);
          assertThat(e.reason().en()).contains("application/pdf");
        });
  }
}
