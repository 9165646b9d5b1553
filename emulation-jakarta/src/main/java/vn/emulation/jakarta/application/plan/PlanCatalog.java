package vn.emulation.jakarta.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.plan.PlanStatusRefusedException;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The plans the system runs: import a plan file (validated, every problem at once), list them, read
 * any version back in the same format. A version once stored never changes; an amendment is a new
 * version. Importing the very same file again is harmless.
 *
 * <p>Each version has a life (core {@link PlanVersions}): a file that says {@code DRAFT} is stored
 * as a draft until {@link #changeStatus} brings it into force; a file that says {@code IN_FORCE}
 * comes into force as it is imported, from the day its own data names ({@link
 * PlanVersion#defaultInForceFrom}), superseding the version in force. Every read of a plan's rules
 * takes the version in force on the day the question is about ({@link #inForceOn}), not the highest
 * number (ADR 0022).
 */
@ApplicationScoped
public class PlanCatalog {

  @Inject PlanRepository plans;
  @Inject AuditTrail audit;
  @Inject Callers callers;
  @Inject ApplicationEvents events;

  /** Where "today" comes from, for the reads about now (a report, a participant). */
  @Inject Clock clock;

  /** The plan file format: documents read into plans and plans written back (a port). */
  @Inject PlanDocuments documents;

  /** Parsed plans by code@version: versions are immutable, so the cache never goes stale. */
  private final Map<String, Plan> parsed = new ConcurrentHashMap<>();

  /** Outcome of an import: the stored version and whether it was new. */
  public record Imported(StoredPlan plan, boolean created) {}

  /**
   * Imports a plan file.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem of the file
   * @throws ConflictException when that version exists with other content
   */
  @Transactional
  public Imported importPlan(String json) {
    callers.writer();
    Plan plan = documents.read(json);
    String document = documents.write(plan);
    String sha = sha256(document);
    String code = plan.code();
    int version = plan.identity().version();
    var existing = plans.sha256(code, version);
    if (existing.isPresent()) {
      if (existing.get().equals(sha)) {
        return new Imported(stored(code, version), false);
      }
      throw new ConflictException(
          AdapterMessages.text("plan.planVersionAlreadyExists", code, version));
    }
    PlanStatus declared = plan.identity().status();
    if (declared != PlanStatus.DRAFT && declared != PlanStatus.IN_FORCE) {
      ProblemCollector problems = new ProblemCollector();
      problems.add(
          "status", AdapterMessages.text("plan.planVersionImportedDraft", declared.name()));
      problems.throwIfAny("plan file");
    }
    PlanVersions before = plans.statusesForUpdate(code);
    List<StoredPlan> earlier = plans.versions(code);
    PlanVersions after = before.withDraft(version);
    if (declared == PlanStatus.IN_FORCE) {
      after = refusedAsConflict(after, version, PlanVersion.defaultInForceFrom(plan.identity()));
    }
    plans.add(plan, document, sha);
    plans.saveStatuses(after);
    StoredPlan stored = stored(code, version);
    // the plan's latest version before and after: the summary, not the whole document
    audit.record(
        "plan.import",
        AuditTargets.planVersion(code, version),
        earlier.isEmpty() ? null : earlier.get(earlier.size() - 1),
        stored);
    if (declared == PlanStatus.IN_FORCE) {
      announce(before, after, version);
    }
    return new Imported(stored, true);
  }

  /**
   * The command of the API: its fields checked (every problem at once), then {@link
   * #changeStatus(String, int, PlanStatus, LocalDate)}.
   */
  @Transactional
  public List<StoredPlan> changeStatus(String code, int version, PlanCommands.ChangeStatus cmd) {
    callers.writer();
    ProblemCollector problems = new ProblemCollector();
    cmd.unread().requireChoice(problems, "status", cmd.status(), PlanStatus.class);
    cmd.unread().take(problems, "date");
    problems.throwIfAny("plan status");
    return changeStatus(code, version, cmd.status(), cmd.date());
  }

  /**
   * Changes the status of one version as a command asks: {@code IN_FORCE} brings a draft into force
   * from {@code day} (default: the day its own data names), superseding the version in force;
   * {@code CLOSED} closes the version in force from {@code day} (default: today).
   *
   * @return every version of the plan after the change, oldest first
   * @throws NotFoundException for an unknown plan or version
   * @throws ConflictException naming the statuses allowed, when the version's life refuses it
   */
  @Transactional
  public List<StoredPlan> changeStatus(String code, int version, PlanStatus to, LocalDate day) {
    callers.writer();
    PlanVersions before = plans.statusesForUpdate(code);
    if (before.versions().isEmpty()) {
      throw unknownPlan(code);
    }
    if (before.version(version).isEmpty()) {
      throw unknownVersion(code, version);
    }
    LocalDate on = day;
    if (on == null) {
      on =
          to == PlanStatus.IN_FORCE
              ? PlanVersion.defaultInForceFrom(version(code, version).identity())
              : LocalDate.now(clock);
    }
    final LocalDate effective = on;
    PlanVersions after;
    try {
      after = before.change(version, to, effective);
    } catch (PlanStatusRefusedException e) {
      throw new ConflictException(e.reason());
    }
    List<StoredPlan> earlier = plans.versions(code);
    plans.saveStatuses(after);
    List<StoredPlan> now = plans.versions(code);
    // what changed, before and after: the version asked for and the one it superseded
    audit.record(
        "plan.status",
        AuditTargets.planVersion(code, version),
        changed(earlier, now),
        changed(now, earlier));
    announce(before, after, version);
    return now;
  }

  /**
   * The plan whose rules answer a question about {@code day}: the version in force then (for a day
   * before the plan came into force, its first version in force; after it closed, the closed one;
   * core {@link PlanVersions#governingOn}). Stored evaluation runs record its version.
   *
   * @throws NotFoundException for an unknown plan, and while no version of it has come into force
   */
  public Plan inForceOn(String code, LocalDate day) {
    PlanVersions versions = plans.statuses(code);
    if (versions.versions().isEmpty()) {
      throw unknownPlan(code);
    }
    // a plan of drafts answers no question about a day, exactly as an unknown plan: the published
    // reads must not tell anyone that a draft exists (its versions are listed to who may see them)
    PlanVersion v = versions.governingOn(day).orElseThrow(() -> unknownPlan(code));
    return version(code, v.version());
  }

  /**
   * The plan in force today for a change made under it now (a report, an upload, a participant,
   * evidence): refused with 409 once the plan has closed (core {@link PlanVersions#closedBy}).
   *
   * @throws NotFoundException for an unknown plan, and while no version of it has come into force
   * @throws ConflictException when the plan closed on or before today
   */
  public Plan acceptingChangesToday(String code) {
    LocalDate today = LocalDate.now(clock);
    Plan plan = inForceOn(code, today);
    Optional<LocalDate> closed = plans.statuses(code).closedBy(today);
    if (closed.isPresent()) {
      throw new ConflictException(
          AdapterMessages.text("plan.closedAcceptsNoChanges", code, closed.get()));
    }
    return plan;
  }

  /** The plan in force today, for what happens now: a report, a participant, a template. */
  public Plan inForceToday(String code) {
    return inForceOn(code, LocalDate.now(clock));
  }

  public Page<StoredPlan> list(PageRequest request) {
    return plans.latestOfEach(request);
  }

  public List<StoredPlan> versions(String code) {
    List<StoredPlan> versions = plans.versions(code);
    if (versions.isEmpty()) {
      throw unknownPlan(code);
    }
    return versions;
  }

  /** Every version of a plan as its list shows it, oldest first. */
  public List<DescribedVersion> describedVersions(String code) {
    return described(versions(code));
  }

  /**
   * The versions with what their documents say of themselves (number, day of issue); each document
   * is read once (versions never change).
   */
  public List<DescribedVersion> described(List<StoredPlan> versions) {
    return versions.stream()
        .map(p -> new DescribedVersion(p, version(p.code(), p.version()).identity()))
        .toList();
  }

  /**
   * The plan in force today. Kept under its old name for the callers of other branches: it no
   * longer answers the highest version; call {@link #inForceOn} or {@link #inForceToday}.
   *
   * @deprecated use {@link #inForceOn} with the day the question is about, or {@link #inForceToday}
   */
  @Deprecated(forRemoval = true)
  public Plan latest(String code) {
    return inForceToday(code);
  }

  /** One version of a plan. */
  public Plan version(String code, int version) {
    return parsed.computeIfAbsent(
        code + "@" + version, k -> documents.read(document(code, version)));
  }

  /** One version in the plan file format, exactly as stored. */
  public String document(String code, int version) {
    return plans.document(code, version).orElseThrow(() -> unknownVersion(code, version));
  }

  private PlanVersions refusedAsConflict(PlanVersions versions, int version, LocalDate day) {
    try {
      return versions.bringIntoForce(version, day);
    } catch (PlanStatusRefusedException e) {
      throw new ConflictException(e.reason());
    }
  }

  private void announce(PlanVersions before, PlanVersions after, int version) {
    PlanVersion was = before.version(version).orElse(PlanVersion.draft(version));
    PlanVersion now = after.version(version).orElseThrow();
    Integer superseded =
        now.status() == PlanStatus.IN_FORCE
            ? before.current().map(PlanVersion::version).orElse(null)
            : null;
    LocalDate day = now.status() == PlanStatus.CLOSED ? now.inForceUntil() : now.inForceFrom();
    events.planStatusChanged(
        new PlanStatusChanged(
            before.planCode(), version, was.status(), now.status(), day, superseded));
  }

  /** The versions of {@code these} that differ from the same version in {@code others}. */
  private static List<StoredPlan> changed(List<StoredPlan> these, List<StoredPlan> others) {
    List<StoredPlan> out = new ArrayList<>();
    for (StoredPlan p : these) {
      boolean same = others.stream().anyMatch(o -> o.equals(p));
      if (!same) {
        out.add(p);
      }
    }
    return out;
  }

  private static NotFoundException unknownVersion(String code, int version) {
    return new NotFoundException(AdapterMessages.text("plan.noPlanVersion", code, version));
  }

  private StoredPlan stored(String code, int version) {
    return plans.versions(code).stream()
        .filter(p -> p.version() == version)
        .findFirst()
        .orElseThrow();
  }

  static NotFoundException unknownPlan(String code) {
    return new NotFoundException(AdapterMessages.text("plan.noPlan", code));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
