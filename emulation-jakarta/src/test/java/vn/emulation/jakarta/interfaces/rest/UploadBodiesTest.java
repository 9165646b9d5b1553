package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.jakarta.format.upload.UploadContent;

/** Reading an uploaded body: never past the limit, its name, its media type. */
class UploadBodiesTest {

  @TempDir Path directory;

  private static ByteArrayInputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  private long sizeReceived(ByteArrayInputStream body, long declaredLength, long limit) {
    return UploadBodies.received(body, declaredLength, limit, directory, UploadContent::size);
  }

  @Test
  void receivesABodyUpToTheLimitWithOrWithoutItsLength() {
    assertThat(sizeReceived(bytes(10), 10, 10)).isEqualTo(10);
    assertThat(sizeReceived(bytes(10), -1, 10)).isEqualTo(10);
    assertThat(sizeReceived(bytes(0), -1, 10)).isZero();
    assertThat(UploadBodies.received(null, -1, 10, directory, UploadContent::size)).isZero();
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void refusesABodyOverTheLimitWhetherDeclaredOrFoundReading() {
    assertThatThrownBy(() -> sizeReceived(bytes(11), 11, 10))
        .isInstanceOfSatisfying(
            FileRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    assertThatThrownBy(() -> sizeReceived(bytes(11), -1, 10))
        .isInstanceOfSatisfying(
            FileRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    // a length that lies is found out too
    assertThatThrownBy(() -> sizeReceived(bytes(11), 5, 10))
        .isInstanceOf(FileRefusedException.class);
    assertThat(directory).isEmptyDirectory();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "attachment; filename=\"bao-cao.csv\"                          | bao-cao.csv",
        "attachment; filename=bao-cao.xlsx                             | bao-cao.xlsx",
        "form-data; name=\"file\"; filename=\"a \\\"b\\\".csv\"        | a \"b\".csv",
        "attachment; filename=\"bao-cao.csv\"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.csv | báo-cáo.csv",
        "attachment                                                    | NULL"
      })
  void findsTheFileNameInContentDisposition(String header, String name) {
    assertThat(UploadBodies.filename(header)).isEqualTo(name);
  }

  @Test
  void acceptsTheMediaTypesOfCsvAndXlsxOnly() {
    UploadBodies.requireAccepted("text/csv; charset=UTF-8");
    UploadBodies.requireAccepted(MeasurementResource.XLSX);
    UploadBodies.requireAccepted(null);
    assertThatThrownBy(() -> UploadBodies.requireAccepted("application/pdf"))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(415);
              assertThat(e.reason().en()).contains("application/pdf");
            });
  }
}
