package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.measurement.UploadRecord;
import vn.emulation.jakarta.interfaces.rest.MeasurementViews.UploadView;

class UploadViewTest {

  private static UploadRecord upload(int rows) {
    return new UploadRecord(
        "u1",
        "rach-gia-2022-2025",
        "ab",
        "bao-cao.csv",
        "text/csv",
        rows,
        OffsetDateTime.parse("2025-03-01T08:00:00+07:00"));
  }

  @Test
  void oneMeasurementIsSingularInEnglishAndReadsRightInVietnamese() {
    assertThat(UploadView.stored(upload(1)).message().en()).isEqualTo("Stored 1 measurement");
    assertThat(UploadView.stored(upload(1)).message().vi()).isEqualTo("Đã lưu 1 số liệu");
  }

  @Test
  void moreThanOneArePlural() {
    assertThat(UploadView.stored(upload(2)).message().en()).isEqualTo("Stored 2 measurements");
    assertThat(UploadView.stored(upload(2)).message().vi()).isEqualTo("Đã lưu 2 số liệu");
  }
}
