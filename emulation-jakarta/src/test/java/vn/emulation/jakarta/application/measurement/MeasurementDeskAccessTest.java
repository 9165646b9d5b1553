package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/**
 * A report reached without a caller is refused before anything is read or stored: the desk has no
 * plan catalogue, repository or writer here, so any step past the refusal would fail otherwise.
 */
class MeasurementDeskAccessTest {

  private static MeasurementDesk desk() {
    MeasurementDesk desk = new MeasurementDesk();
    desk.callers = TestCallers.unidentifiedRequest();
    return desk;
  }

  @Test
  void aReportWithoutACallerIsRefusedNotRunAsTheSystem() {
    assertThatThrownBy(() -> desk().report("rach-gia-2022-2025", null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anUploadWithoutACallerIsRefused() {
    assertThatThrownBy(
            () -> desk().upload("rach-gia-2022-2025", (MeasurementCommands.UploadedFile) null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
