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
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementQuery;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.measurement.MeasurementViews.MeasurementView;
import vn.emulation.jakarta.application.measurement.MeasurementViews.Reported;
import vn.emulation.jakarta.application.measurement.MeasurementViews.UploadView;
import vn.emulation.jakarta.application.measurement.MeasurementViews.Uploaded;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.upload.MeasurementFile;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.application.upload.UploadLimits;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The reports of results (báo cáo kết quả) that units send for a plan: one value at a time, or a
 * whole file of them at once. Everything is checked before anything is stored — every problem of a
 * request reported at once — and stored in one transaction, or not at all. A value for a key
 * already stored (indicator, unit, year, breakdown) is a correction and replaces it; a file already
 * stored for the plan (the same bytes) is recognised and not stored again.
 */
@ApplicationScoped
public class MeasurementDesk {

  static final int DEFAULT_PAGE_SIZE = 50;
  private static final Logger LOG = Logger.getLogger(MeasurementDesk.class.getName());

  @Inject PlanCatalog plans;
  @Inject UnitRepository units;
  @Inject MeasurementRepository measurements;
  @Inject UploadRepository uploads;
  @Inject MeasurementWriter writer;
  @Inject EmulationSettings settings;
  @Inject MeasurementTemplates templates;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject ApplicationEvents events;
  @Inject Clock clock;

  /** Stores one reported value; answers with it and whether it was new (else a correction). */
  @Transactional
  public Reported report(String planCode, MeasurementReport report) {
    callers.writer();
    Plan plan = plans.inForceToday(planCode);
    Measurement m = MeasurementRules.check(plan, units.hierarchy(), report);
    if (!scopes.current().includes(m.unitCode())) {
      throw AccessDeniedException.outsideScope(m.unitCode());
    }
    MeasurementView before =
        measurements
            .find(planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown())
            .map(MeasurementView::of)
            .orElse(null);
    boolean created = measurements.put(planCode, m, null);
    Reported reported =
        new Reported(
            MeasurementView.of(
                measurements
                    .find(planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown())
                    .orElseThrow()),
            created);
    audit.record(
        "measurement.report",
        AuditTargets.measurement(
            planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown()),
        before,
        reported.measurement());
    events.reportStored(
        new ReportStored(planCode, m.unitCode(), m.indicatorCode(), m.year(), created));
    return reported;
  }

  /** A page of a plan's stored values, by indicator, unit, year and breakdown. */
  public Page<MeasurementView> list(String planCode, MeasurementQuery q) {
    Plan plan = plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    PageRequest page =
        Inputs.page(problems, q.page(), q.size(), DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    String unit = Inputs.blankToNull(q.unit());
    String indicator = Inputs.blankToNull(q.indicator());
    Integer year = MeasurementFilters.year(plan, q.year(), problems);
    if (indicator != null && plan.indicator(indicator).isEmpty()) {
      problems.add(
          "indicator",
          "Kế hoạch " + planCode + " không có chỉ tiêu " + indicator,
          "Plan " + planCode + " has no indicator " + indicator);
    }
    UnitScope scope = scopes.current();
    if (unit != null && (units.find(unit).isEmpty() || !scope.includes(unit))) {
      problems.add("unit", "Không có đơn vị mã " + unit, "No unit with code " + unit);
    }
    problems.throwIfAny("measurement list");
    return measurements
        .page(planCode, scope.filter(unit), indicator, year, page)
        .map(MeasurementView::of);
  }

  /**
   * Stores every measurement of a CSV or XLSX file, or none: the rows are all checked first and
   * every problem is reported with its row. The same file sent again for the plan is recognised by
   * its SHA-256 and answered with the earlier upload, storing nothing.
   */
  @Transactional
  public Uploaded upload(String planCode, UploadedFile file) {
    callers.writer();
    Plan plan = plans.inForceToday(planCode);
    MeasurementFilters.declaredTypesAgree(file);
    String sha256 = file.content().sha256();
    var earlier = uploads.bySha256(planCode, sha256);
    UnitScope scope = scopes.current();
    // a unit's user learns of an earlier upload only once the file is known to be theirs
    if (earlier.isPresent() && scope.unlimited()) {
      return new Uploaded(UploadView.alreadyStored(earlier.get()), false);
    }
    long start = System.nanoTime();
    MeasurementFile reader =
        new MeasurementFile(new UploadLimits(settings.uploadMaxBytes(), settings.uploadMaxRows()));
    OrgHierarchy hierarchy = units.hierarchy();
    ParsedUpload parsed =
        reader.parse(
            file.content(),
            file.filename() != null ? file.filename() : file.mediaType(),
            plan,
            MeasurementRules.unitYears(hierarchy),
            MeasurementRules.unitLevels(hierarchy));
    refuseOutside(scope, parsed);
    if (earlier.isPresent()) {
      return new Uploaded(UploadView.alreadyStored(earlier.get()), false);
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
                .truncatedTo(ChronoUnit.MILLIS));
    long parsedAt = System.nanoTime();
    try {
      writer.store(upload, parsed.measurements());
    } catch (MeasurementWriter.StoredMeanwhile e) {
      throw new ConflictException(
          LocalizedText.of(
              "Một yêu cầu khác vừa lưu cùng tệp hoặc cùng số liệu; không có gì được lưu, hãy gửi lại",
              "Another request stored the same file or values meanwhile; nothing was stored, send"
                  + " it again"));
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
                + file.content().size()
                + " bytes, read and checked in "
                + (parsedAt - start) / 1_000_000
                + " ms, stored in "
                + (storedAt - parsedAt) / 1_000_000
                + " ms (before commit)");
    UploadView stored = UploadView.stored(upload);
    // the upload's summary, not its rows: the file's SHA-256 identifies every value it held
    audit.record("measurement.upload", AuditTargets.upload(planCode, upload.id()), null, stored);
    events.uploadStored(
        new UploadStored(planCode, upload.id(), upload.rowCount(), upload.sha256()));
    return new Uploaded(stored, true);
  }

  /** One upload of a plan. */
  public UploadView upload(String planCode, String id) {
    plans.inForceToday(planCode);
    return uploads
        .find(planCode, id)
        .map(UploadView::stored)
        .orElseThrow(
            () ->
                new NotFoundException(
                    LocalizedText.of(
                        "Kế hoạch " + planCode + " không có lần tải lên " + id,
                        "Plan " + planCode + " has no upload " + id)));
  }

  /**
   * The blank file to fill in, for a unit and a year: by default the plan's whole city, or for a
   * ward's or an office's user their own unit.
   */
  public byte[] template(String planCode, UploadFormat format, String unit, String year) {
    Plan plan = plans.inForceToday(planCode);
    Caller caller = callers.current();
    String asked = Inputs.blankToNull(unit);
    if (caller.unitScoped()) {
      if (asked == null) {
        asked = caller.unitCode();
      } else if (!scopes.of(caller).includes(asked)) {
        throw AccessDeniedException.outsideScope(asked);
      }
    }
    return templates.build(plan, format, asked, year);
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
          LocalizedText.of(
              "Tệp có số liệu của đơn vị ngoài phạm vi của người dùng ("
                  + codes
                  + "); không có gì được lưu",
              "The file holds values of units outside the user's own ("
                  + codes
                  + "); nothing was stored"));
    }
  }
}
