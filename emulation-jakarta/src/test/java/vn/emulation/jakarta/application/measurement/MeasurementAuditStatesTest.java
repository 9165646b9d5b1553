package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The states the audit log keeps of a reported value and of an upload, as JSON: entries are hashed
 * and never rewritten, so the same change must record the same text whatever the API's views
 * become. The expected texts are those recorded before the views left the application.
 */
class MeasurementAuditStatesTest {

  private static final String WARD = InMemoryCity.WARD;

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final MeasurementReports reports = MeasurementUseCasesTest.reports(city, plans);
  private final MeasurementUploads uploads = MeasurementUseCasesTest.uploads(city, plans);

  private List<AuditEntry> entries() {
    List<AuditEntry> all = city.auditLog.entries();
    return all.subList(1, all.size()); // after the plan's import
  }

  @Test
  void aReportAndItsCorrectionAreRecordedAsBefore() {
    reports.report(
        InMemoryCity.PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));
    reports.report(
        InMemoryCity.PLAN, new MeasurementReport("G2", WARD, 2024, null, 160L, 190L, null));
    String first =
        "{\"breakdown\":\"\",\"denominator\":190,\"indicatorCode\":\"G2\",\"numerator\":152,"
            + "\"reportedAt\":\"2026-03-02T03:00Z\",\"unitCode\":\"30730\",\"year\":2024}";
    assertThat(entries()).extracting(AuditEntry::action).containsOnly("measurement.report");
    assertThat(entries().get(0).beforeState()).isNull();
    assertThat(entries().get(0).afterState()).isEqualTo(first);
    assertThat(entries().get(1).beforeState()).isEqualTo(first);
    assertThat(entries().get(1).afterState())
        .isEqualTo(
            "{\"breakdown\":\"\",\"denominator\":190,\"indicatorCode\":\"G2\",\"numerator\":160,"
                + "\"reportedAt\":\"2026-03-02T03:00Z\",\"unitCode\":\"30730\",\"year\":2024}");
  }

  @Test
  void aPlainValueIsRecordedAsBefore() {
    reports.report(
        InMemoryCity.PLAN,
        new MeasurementReport(
            "E2", "899", 2023, "NONG_NGHIEP", null, null, new BigDecimal("12.50")));
    assertThat(entries().get(0).afterState())
        .isEqualTo(
            "{\"breakdown\":\"NONG_NGHIEP\",\"indicatorCode\":\"E2\","
                + "\"reportedAt\":\"2026-03-02T03:00Z\",\"unitCode\":\"899\",\"value\":12.50,"
                + "\"year\":2023}");
  }

  @Test
  void anUploadIsRecordedAsBefore() {
    String text =
        "indicator,unit,year,breakdown,numerator,denominator,value\n"
            + "G2,30730,2023,,152,190,\nG2,30745,2023,,40,50,\n";
    String id =
        uploads
            .upload(
                InMemoryCity.PLAN,
                new MeasurementFile()
                    .uploaded(
                        UploadContent.of(text.getBytes(StandardCharsets.UTF_8)),
                        "so-lieu.csv",
                        "text/csv"))
            .upload()
            .id();
    AuditEntry e = entries().get(0);
    assertThat(e.beforeState()).isNull();
    assertThat(e.afterState())
        .isEqualTo(
            "{\"alreadyStored\":false,\"filename\":\"so-lieu.csv\",\"id\":\""
                + id
                + "\",\"mediaType\":\"text/csv\","
                + "\"message\":{\"en\":\"Stored 2 measurements\",\"vi\":\"Đã lưu 2 số liệu\"},"
                + "\"planCode\":\"rach-gia-2022-2025\",\"rowCount\":2,"
                + "\"sha256\":\"375c5bd5ab922b75c891562ce191c87de4a1a0b7805ef3c7f8286861e4c85543\","
                + "\"uploadedAt\":\"2026-03-02T03:00Z\"}");
  }
}
