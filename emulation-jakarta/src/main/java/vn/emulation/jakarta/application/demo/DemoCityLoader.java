package vn.emulation.jakarta.application.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.participant.EvidenceRepository;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.demo.DemoCity;
import vn.emulation.jakarta.demo.DemoCityGenerator;
import vn.emulation.jakarta.demo.DemoEvidence;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * On the first start of a server that asks for it ({@code emulation.demo.load=true}, the sample
 * server only), imports the Rạch Giá plan and stores the demo city: its units and their 2025
 * reorganisation, participants, reports for 2022–2025 and evidence. Later starts find the plan and
 * leave everything as it is, including what people changed since.
 */
@ApplicationScoped
public class DemoCityLoader {

  static final String PLAN_RESOURCE = "/plans/rach-gia-2022-2025.json";

  /** Why the system acts: logged by the run-as, the load's audit entry naming {@code system}. */
  static final String PURPOSE = "demo.load: the demo city on the first start of the sample";

  private static final Logger LOG = Logger.getLogger(DemoCityLoader.class.getName());

  @Inject EmulationSettings settings;
  @Inject PlanCatalog catalog;
  @Inject UnitRepository units;
  @Inject ParticipantRepository participants;
  @Inject MeasurementRepository measurements;
  @Inject EvidenceRepository evidence;
  @Inject AuditTrail audit;
  @Inject Callers callers;

  /**
   * What a load stored, as the audit log keeps it: counts, not the thousands of rows.
   *
   * @param plan the plan's code
   * @param units how many units
   * @param participants how many participants
   * @param measurements how many reported values
   * @param evidence how many participants' evidence for an occasion
   */
  public record Loaded(String plan, int units, int participants, int measurements, int evidence) {}

  /** After the migrations (priority 1) have run; as the system, explicitly (ADR 0017). */
  void onStart(
      @Observes @Priority(10) @Initialized(ApplicationScoped.class) Object ignored,
      DemoCityLoader self) {
    if (settings.demoLoad()) {
      callers.runAsSystem(PURPOSE, () -> loadOrFind(self));
    }
  }

  /**
   * Loads the city, or finds it loaded by another server. Servers that share a database and start
   * together on an empty one all find no plan and all load; the database takes the plan's key from
   * the first to commit, and every other load fails on it and stores nothing. A second look then
   * finds the plan stored and leaves it; a failure of any other cause fails the second look too,
   * and the start with it.
   */
  static boolean loadOrFind(DemoCityLoader self) {
    try {
      return self.loadIfAbsent();
    } catch (RuntimeException perhapsLoadedMeanwhile) {
      LOG.info(
          () ->
              "demo city not loaded ("
                  + perhapsLoadedMeanwhile
                  + "): looking again, another server may have loaded it meanwhile");
      return self.loadIfAbsent();
    }
  }

  /**
   * Loads the demo city unless its plan is already there; returns whether it loaded. Writes, so its
   * caller must be one that writes: the start-up runs it as the system; called by nobody known it
   * is refused and stores nothing.
   */
  @Transactional
  public boolean loadIfAbsent() {
    callers.writer();
    PlanCatalog.Imported imported = catalog.importPlan(readPlanFile());
    if (!imported.created()) {
      return false;
    }
    Plan plan = catalog.version(imported.plan().code(), imported.plan().version());
    DemoCity city = DemoCityGenerator.generate(plan, DemoCityGenerator.DEFAULT_SEED);
    units.saveAll(city.units().all());
    for (Participant p : city.participants()) {
      participants.add(plan.code(), p);
    }
    for (Measurement m : city.measurements()) {
      measurements.put(plan.code(), m, null);
    }
    for (DemoEvidence e : city.evidence()) {
      store(plan.code(), e);
    }
    // one entry for the whole city, by the caller (the system's run-as), not one per row
    audit.record(
        "demo.load",
        AuditTargets.planVersion(plan.code(), plan.identity().version()),
        null,
        new Loaded(
            plan.code(),
            city.units().all().size(),
            city.participants().size(),
            city.measurements().size(),
            city.evidence().size()));
    LOG.info(
        () ->
            "demo city loaded: "
                + city.units().all().size()
                + " units, "
                + city.participants().size()
                + " participants, "
                + city.measurements().size()
                + " reports");
    return true;
  }

  private void store(String planCode, DemoEvidence e) {
    String id = e.participantId();
    e.declarations()
        .forEach(
            (code, d) -> evidence.answer(id, e.occasionCode(), code, d.answer(), d.reference()));
    e.counts().forEach((key, v) -> evidence.count(id, e.occasionCode(), key, v));
    e.amounts().forEach((key, v) -> evidence.amount(id, e.occasionCode(), key, v));
    if (e.registeredOn() != null || e.notRegistered()) {
      evidence.register(id, planCode, e.registeredOn());
    }
  }

  private static String readPlanFile() {
    try (InputStream in = DemoCityLoader.class.getResourceAsStream(PLAN_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
