package vn.emulation.jakarta.application.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.upload.MeasurementSheet;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UploadRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Bulk uploads of reports (báo cáo kết quả): a whole file of values at once, and the record of an
 * upload. The file is read by its format's adapter ({@link MeasurementSheet}, handed over in the
 * command); every row is checked by the upload's rules ({@link UploadRules}: the plan, the units,
 * the core's {@code ReportingRule} and {@code FigureRule}) before anything is stored — every
 * problem reported at once — and stored in one transaction, or not at all. A file already stored
 * for the plan (the same bytes) is recognised and not stored again.
 */
@ApplicationScoped
public class MeasurementUploads {

  private static final Logger LOG = Logger.getLogger(MeasurementUploads.class.getName());

  @Inject PlanCatalog plans;
  @Inject UnitRepository units;
  @Inject UploadRepository uploads;
  @Inject MeasurementWriter writer;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject ApplicationEvents events;
  @Inject Clock clock;

  /**
   * Stores every measurement of a CSV or XLSX file, or none: the rows are all checked first and
   * every problem is reported with its row. The same file sent again for the plan is recognised by
   * its SHA-256 and answered with the earlier upload, storing nothing.
   */
  @Transactional
  public Uploaded upload(String planCode, UploadedFile file) {
    String sender = callers.writer().user();
    Plan plan = plans.acceptingChangesToday(planCode);
    MeasurementFilters.declaredTypesAgree(file);
    String sha256 = file.sha256();
    var earlier = uploads.bySha256(planCode, sha256);
    UnitScope scope = scopes.current();
    // a unit's user learns of an earlier upload only once the file is known to be theirs
    if (earlier.isPresent() && scope.unlimited()) {
      return new Uploaded(earlier.get(), false);
    }
    long start = System.nanoTime();
    OrgHierarchy hierarchy = units.hierarchy();
    ParsedUpload parsed =
        UploadRules.check(
            file.sheet(),
            sha256,
            plan,
            MeasurementRules.unitYears(hierarchy),
            MeasurementRules.unitLevels(hierarchy));
    refuseOutside(scope, parsed);
    if (earlier.isPresent()) {
      return new Uploaded(earlier.get(), false);
    }
    UploadRecord upload =
        new UploadRecord(
            UUID.randomUUID().toString(),
            planCode,
            parsed.sha256(),
            MeasurementFilters.filename(file.filename(), parsed.format()),
            parsed.format().mediaType(),
            parsed.size(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS),
            sender);
    long parsedAt = System.nanoTime();
    try {
      writer.store(upload, parsed.measurements());
    } catch (MeasurementWriter.StoredMeanwhile e) {
      throw new ConflictException(AdapterMessages.text("measurement.anotherRequestStoredSame"));
    }
    long storedAt = System.nanoTime();
    LOG.info(
        () ->
            "upload "
                + upload.id()
                + " of plan "
                + planCode
                + ": "
                + upload.rowCount()
                + " rows, "
                + file.size()
                + " bytes, read and checked in "
                + (parsedAt - start) / 1_000_000
                + " ms, stored in "
                + (storedAt - parsedAt) / 1_000_000
                + " ms (before commit)");
    // the upload's summary, not its rows: the file's SHA-256 identifies every value it held
    audit.record(
        "measurement.upload",
        AuditTargets.upload(planCode, upload.id()),
        null,
        UploadState.stored(upload));
    events.uploadStored(
        new UploadStored(planCode, upload.id(), upload.rowCount(), upload.sha256()));
    return new Uploaded(upload, true);
  }

  /** One upload of a plan. */
  public UploadRecord upload(String planCode, String id) {
    plans.inForceToday(planCode);
    return uploads
        .find(planCode, id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    AdapterMessages.text("measurement.planNoUpload", planCode, id)));
  }

  /** A unit's user stores only their units' values: one value of another unit refuses all. */
  private static void refuseOutside(UnitScope scope, ParsedUpload parsed) {
    if (scope.unlimited()) {
      return;
    }
    Set<String> outside = new TreeSet<>();
    for (Measurement m : parsed.measurements()) {
      if (!scope.includes(m.unitCode())) {
        outside.add(m.unitCode());
      }
    }
    if (!outside.isEmpty()) {
      String codes = String.join(", ", outside);
      throw new AccessDeniedException(
          AdapterMessages.text("measurement.fileHoldsValuesUnits", codes));
    }
  }
}
