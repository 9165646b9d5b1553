package vn.emulation.core.procedure.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.SecondAwardRefusedException;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Lifecycle;
import vn.emulation.core.procedure.Reasons;

/**
 * A unit's proposal of one participant for one award form on an occasion (plan V): its dossier of
 * the documents the law in force requires, in the required sets, with the evidence files; sent only
 * when complete ({@link #completenessOn}), with the stored verdict on the nominee attached, and
 * refused when the participant's achievement already holds another award (Law art. 5.2.c); then
 * appraised by Home Affairs: eligible, not eligible, or returned for correction. Immutable and
 * thread-safe: each command answers a new nomination, one version higher.
 */
public final class Nomination {

  public static final String AMEND = "amend";
  public static final String SUBMIT = "submit";
  public static final String FIND_ELIGIBLE = "findEligible";
  public static final String FIND_NOT_ELIGIBLE = "findNotEligible";
  public static final String RETURN = "returnForCorrection";

  /** The table of a nomination's commands up to the appraisal (ADR 0036). */
  public static final Lifecycle<NominationState> LIFECYCLE =
      Lifecycle.of("nomination", NominationState.class)
          .allow(NominationState.DRAFT, AMEND, NominationState.DRAFT)
          .allow(NominationState.DRAFT, SUBMIT, NominationState.SUBMITTED)
          .allow(NominationState.SUBMITTED, FIND_ELIGIBLE, NominationState.ELIGIBLE)
          .allow(NominationState.SUBMITTED, FIND_NOT_ELIGIBLE, NominationState.NOT_ELIGIBLE)
          .allow(NominationState.SUBMITTED, RETURN, NominationState.RETURNED)
          .allow(NominationState.RETURNED, AMEND, NominationState.RETURNED)
          .allow(NominationState.RETURNED, SUBMIT, NominationState.SUBMITTED)
          .build();

  private final String id;
  private final NominatedOccasion occasion;
  private final String unitCode;
  private final String participantId;
  private final String awardFormCode;
  private final String lawFormCode;
  private final Dossier dossier;
  private final VerdictReference verdict;
  private final List<Appraisal> appraisals;
  private final CaseLog<NominationState> log;

  private Nomination(
      String id,
      NominatedOccasion occasion,
      String unitCode,
      String participantId,
      String awardFormCode,
      String lawFormCode,
      Dossier dossier,
      VerdictReference verdict,
      List<Appraisal> appraisals,
      CaseLog<NominationState> log) {
    this.id = id;
    this.occasion = occasion;
    this.unitCode = unitCode;
    this.participantId = participantId;
    this.awardFormCode = awardFormCode;
    this.lawFormCode = lawFormCode;
    this.dossier = dossier;
    this.verdict = verdict;
    this.appraisals = List.copyOf(appraisals);
    this.log = log;
  }

  /**
   * A nomination opened as a draft by the proposing unit.
   *
   * @param awardFormCode the plan's award form, which the verdict judges
   * @param lawFormCode the law's form it is (the rule set's code), whose dossier applies
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  public static Nomination open(
      String id,
      NominatedOccasion occasion,
      String unitCode,
      String participantId,
      String awardFormCode,
      String lawFormCode,
      Dossier dossier) {
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(dossier, "dossier");
    ProblemCollector problems = new ProblemCollector();
    TextRules.checkCode(problems, "id", id);
    TextRules.checkCode(problems, "unitCode", unitCode);
    TextRules.checkCode(problems, "participantId", participantId);
    TextRules.checkCode(problems, "awardFormCode", awardFormCode);
    TextRules.checkCode(problems, "lawFormCode", lawFormCode);
    dossier.check(problems);
    problems.throwIfAny("nomination");
    return new Nomination(
        id,
        occasion,
        unitCode,
        participantId,
        awardFormCode,
        lawFormCode,
        dossier,
        null,
        List.of(),
        CaseLog.opened(NominationState.DRAFT));
  }

  /**
   * The law's form a nomination for {@code planForm} is (ADR 0044): the one the plan says its form
   * is; a nomination naming another is refused, at {@code lawFormCode}. Only where the plan does
   * not say does the nomination name it, and must.
   *
   * @param named the law's form the nomination names; {@code null} when it names none
   * @return the law's form; {@code null} after adding the problem to {@code problems}
   */
  public static String lawFormFor(AwardForm planForm, String named, ProblemCollector problems) {
    Optional<String> mapped = planForm.lawFormIfAny();
    if (mapped.isPresent()) {
      if (named != null && !named.equals(mapped.get())) {
        problems.add(
            "lawFormCode",
            Messages.text(
                "procedure.nomination.lawFormNotThePlans", named, planForm.code(), mapped.get()));
        return null;
      }
      return mapped.get();
    }
    if (named == null) {
      problems.add(
          "lawFormCode", Messages.text("procedure.nomination.lawFormRequired", planForm.code()));
    }
    return named;
  }

  /**
   * A nomination as it was stored: its fields and its log exactly as an earlier command left them.
   * The log is held to the table: each transition must be one the lifecycle allows from the state
   * before it, starting from DRAFT, and the version must count them; the verdict is there exactly
   * when it was sent once, and there is one appraisal per appraising transition, so that a stored
   * case no command could have made is refused rather than continued.
   *
   * @param verdict the stored verdict attached on submission; {@code null} while never sent
   * @throws IllegalArgumentException when the case is not one the commands could have made
   */
  public static Nomination restore(
      String id,
      NominatedOccasion occasion,
      String unitCode,
      String participantId,
      String awardFormCode,
      String lawFormCode,
      Dossier dossier,
      VerdictReference verdict,
      List<Appraisal> appraisals,
      CaseLog<NominationState> log) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(awardFormCode, "awardFormCode");
    Objects.requireNonNull(lawFormCode, "lawFormCode");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(log, "log");
    LIFECYCLE.restored(id, NominationState.DRAFT, log);
    boolean sent = log.first(SUBMIT).isPresent();
    long appraising =
        log.transitions().stream().filter(t -> t.from() == NominationState.SUBMITTED).count();
    if (sent != (verdict != null) || appraising != appraisals.size()) {
      throw new IllegalArgumentException(
          "nomination "
              + id
              + ": "
              + (verdict == null ? "no verdict" : "a verdict")
              + " and "
              + appraisals.size()
              + " appraisals after "
              + appraising
              + " appraising transitions, "
              + (sent ? "sent" : "never sent"));
    }
    return new Nomination(
        id,
        occasion,
        unitCode,
        participantId,
        awardFormCode,
        lawFormCode,
        dossier,
        verdict,
        appraisals,
        log);
  }

  /**
   * The draft or returned nomination with its dossier replaced.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when sent or appraised
   * @throws vn.emulation.core.common.InvalidInputException listing what is malformed
   */
  public Nomination amend(Dossier newDossier, String actor, Instant at) {
    log.require(LIFECYCLE, AMEND);
    ProblemCollector problems = new ProblemCollector();
    newDossier.check(problems);
    problems.throwIfAny("nomination");
    return with(newDossier, verdict, appraisals, log.after(LIFECYCLE, AMEND, actor, at, null));
  }

  /** The completeness of the dossier against {@code requirement}: every gap, or none. */
  public Completeness completenessOn(DossierRequirement requirement) {
    if (!requirement.lawFormCode().equals(lawFormCode)) {
      throw new IllegalArgumentException(
          "a requirement for " + requirement.lawFormCode() + ", not " + lawFormCode);
    }
    return Completeness.of(dossier, requirement);
  }

  /**
   * The completeness of the dossier on {@code day}, by the law in force then and the plan's form.
   */
  public Completeness completenessOn(LawRuleSet law, AwardForm planForm, LocalDate day) {
    return completenessOn(DossierRequirement.on(law, lawFormCode, day, requireOwn(planForm)));
  }

  /**
   * The nomination sent to Home Affairs, on the day of {@code at} in Vietnam, with the stored
   * verdict on the nominee. Refused, with every problem at once, when the dossier is incomplete by
   * the law in force that day, when the verdict is about another participant, occasion or form, or
   * when one of {@code claimsById} already holds the nominee's achievement for years this occasion
   * covers.
   *
   * @param claimsById the participant's other nominations and awards by their identifiers; this
   *     nomination's own entry, if the caller includes it, is ignored
   * @throws vn.emulation.core.procedure.CommandRefusedException when not a draft or returned
   * @throws vn.emulation.core.common.InvalidInputException at {@code dossier…}, {@code verdict…}
   *     and {@code participantId}
   * @throws vn.emulation.core.law.LawNotInForceException when the law has no version that day
   */
  public Nomination submit(
      LawRuleSet law,
      AwardForm planForm,
      VerdictReference stored,
      Map<String, AwardClaim> claimsById,
      String actor,
      Instant at) {
    log.require(LIFECYCLE, SUBMIT);
    Objects.requireNonNull(stored, "stored");
    LocalDate day = ActDay.of(at);
    ProblemCollector problems = new ProblemCollector();
    completenessOn(law, planForm, day).gaps().forEach(g -> problems.add(g.path(), g.reason()));
    stored.checkIsAbout(problems, participantId, occasion.code(), awardFormCode);
    List<AwardClaim> others =
        claimsById.entrySet().stream()
            .filter(e -> !e.getKey().equals(id))
            .map(Map.Entry::getValue)
            .toList();
    try {
      law.oneAwardOn(day).requireFirst(proposedClaim(), others);
    } catch (SecondAwardRefusedException e) {
      problems.add("participantId", e.reason());
    }
    problems.throwIfAny("nomination");
    return with(dossier, stored, appraisals, log.after(LIFECYCLE, SUBMIT, actor, at, null));
  }

  private AwardForm requireOwn(AwardForm planForm) {
    if (!planForm.code().equals(awardFormCode)) {
      throw new IllegalArgumentException(
          "the plan's form " + planForm.code() + " is not this nomination's " + awardFormCode);
    }
    return planForm;
  }

  /**
   * Appraised eligible. Where the stored verdict said otherwise, {@code departureReason} is
   * required.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}, {@code
   *     departureReason}
   */
  public Nomination findEligible(String note, String departureReason, String actor, Instant at) {
    log.require(LIFECYCLE, FIND_ELIGIBLE);
    ProblemCollector problems = new ProblemCollector();
    Reasons.optional(problems, "reason", note);
    boolean departs = checkDeparture(problems, AppraisalDecision.ELIGIBLE, departureReason);
    problems.throwIfAny("appraisal");
    return appraised(
        FIND_ELIGIBLE,
        new Appraisal(
            AppraisalDecision.ELIGIBLE,
            actor,
            at,
            Reasons.kept(note),
            departs,
            departs ? Reasons.kept(departureReason) : null,
            null));
  }

  /**
   * Appraised not eligible, with the reason, which is required; where the stored verdict said
   * eligible or incomplete, {@code departureReason} is required too.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}, {@code
   *     departureReason}
   */
  public Nomination findNotEligible(
      String reason, String departureReason, String actor, Instant at) {
    log.require(LIFECYCLE, FIND_NOT_ELIGIBLE);
    ProblemCollector problems = new ProblemCollector();
    Reasons.require(problems, "reason", FIND_NOT_ELIGIBLE, reason);
    boolean departs = checkDeparture(problems, AppraisalDecision.NOT_ELIGIBLE, departureReason);
    problems.throwIfAny("appraisal");
    return appraised(
        FIND_NOT_ELIGIBLE,
        new Appraisal(
            AppraisalDecision.NOT_ELIGIBLE,
            actor,
            at,
            Reasons.kept(reason),
            departs,
            departs ? Reasons.kept(departureReason) : null,
            null));
  }

  /**
   * Returned to the unit for correction, with the reason, which is required, and the number of
   * working days it has to send it corrected: the last day is counted on {@code calendar} from the
   * day after the return (Tết and the other days off do not count).
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}, {@code
   *     correctionWorkingDays}
   * @throws vn.emulation.core.calendar.CalendarDataMissingException when the calendar cannot count
   */
  public Nomination returnForCorrection(
      String reason,
      WorkingCalendar calendar,
      int correctionWorkingDays,
      String actor,
      Instant at) {
    log.require(LIFECYCLE, RETURN);
    ProblemCollector problems = new ProblemCollector();
    Reasons.require(problems, "reason", RETURN, reason);
    if (correctionWorkingDays < 1) {
      problems.add(
          "correctionWorkingDays",
          Messages.text("procedure.appraisal.correctionDays", correctionWorkingDays));
    }
    problems.throwIfAny("appraisal");
    LocalDate due = calendar.addWorkingDays(ActDay.of(at), correctionWorkingDays);
    return appraised(
        RETURN,
        new Appraisal(
            AppraisalDecision.RETURN_FOR_CORRECTION,
            actor,
            at,
            Reasons.kept(reason),
            false,
            null,
            due));
  }

  private boolean checkDeparture(
      ProblemCollector problems, AppraisalDecision decision, String departureReason) {
    boolean departs = decision.departsFrom(verdict.outcome());
    if (departs) {
      if (departureReason == null || departureReason.isBlank()) {
        problems.add(
            "departureReason",
            Messages.text(
                "procedure.appraisal.departureRequired",
                verdict.outcome().name(),
                decision.name(),
                verdict.runId()));
      } else {
        Reasons.optional(problems, "departureReason", departureReason);
      }
    }
    return departs;
  }

  private Nomination appraised(String command, Appraisal appraisal) {
    List<Appraisal> all = new ArrayList<>(appraisals);
    all.add(appraisal);
    return with(
        dossier,
        verdict,
        all,
        log.after(LIFECYCLE, command, appraisal.appraiser(), appraisal.at(), appraisal.reason()));
  }

  private Nomination with(
      Dossier d, VerdictReference v, List<Appraisal> a, CaseLog<NominationState> next) {
    return new Nomination(
        id, occasion, unitCode, participantId, awardFormCode, lawFormCode, d, v, a, next);
  }

  /** The claim this nomination makes on the nominee's achievement, as if sent now. */
  private AwardClaim proposedClaim() {
    return new AwardClaim(
        participantId, occasion.covered(), occasion.code(), lawFormCode, ClaimStatus.PROPOSED);
  }

  /**
   * The claim it holds on the nominee's achievement, for one achievement, one award: proposed once
   * sent (also while returned for correction, or appraised eligible), refused once appraised not
   * eligible; none while a draft never sent.
   */
  public Optional<AwardClaim> claim() {
    return switch (log.state()) {
      case DRAFT -> Optional.empty();
      case NOT_ELIGIBLE ->
          Optional.of(
              new AwardClaim(
                  participantId,
                  occasion.covered(),
                  occasion.code(),
                  lawFormCode,
                  ClaimStatus.REFUSED));
      case SUBMITTED, ELIGIBLE, RETURNED -> Optional.of(proposedClaim());
    };
  }

  /** Whether it is returned and the last day to correct it passed before {@code day}. */
  public boolean isCorrectionOverdueOn(LocalDate day) {
    return log.state() == NominationState.RETURNED
        && appraisal().flatMap(Appraisal::correctionDueOnIfAny).map(day::isAfter).orElse(false);
  }

  public String id() {
    return id;
  }

  public NominatedOccasion occasion() {
    return occasion;
  }

  /** The proposing unit. */
  public String unitCode() {
    return unitCode;
  }

  public String participantId() {
    return participantId;
  }

  /** The plan's award form. */
  public String awardFormCode() {
    return awardFormCode;
  }

  /** The law's form whose dossier applies. */
  public String lawFormCode() {
    return lawFormCode;
  }

  public Dossier dossier() {
    return dossier;
  }

  /** The stored verdict attached on submission; empty before. */
  public Optional<VerdictReference> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** Every appraisal, oldest first. */
  public List<Appraisal> appraisals() {
    return appraisals;
  }

  /** The latest appraisal, if any. */
  public Optional<Appraisal> appraisal() {
    return appraisals.isEmpty()
        ? Optional.empty()
        : Optional.of(appraisals.get(appraisals.size() - 1));
  }

  public NominationState state() {
    return log.state();
  }

  /** 1 when opened, one more for each command: the adapter's condition for storing it. */
  public long version() {
    return log.version();
  }

  public CaseLog<NominationState> log() {
    return log;
  }

  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(log.state());
  }
}
