package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/**
 * A report or an upload reached without a caller is refused before anything is read or stored: the
 * use cases have no plan catalogue, repository or writer here, so any step past the refusal would
 * fail otherwise.
 */
class MeasurementAccessTest {

  private static MeasurementReports reports() {
    MeasurementReports reports = new MeasurementReports();
    reports.callers = TestCallers.unidentifiedRequest();
    return reports;
  }

  private static MeasurementUploads uploads() {
    MeasurementUploads uploads = new MeasurementUploads();
    uploads.callers = TestCallers.unidentifiedRequest();
    return uploads;
  }

  @Test
  void aReportWithoutACallerIsRefusedNotRunAsTheSystem() {
    assertThatThrownBy(() -> reports().report("rach-gia-2022-2025", null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anUploadWithoutACallerIsRefused() {
    assertThatThrownBy(
            () -> uploads().upload("rach-gia-2022-2025", (MeasurementCommands.UploadedFile) null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
