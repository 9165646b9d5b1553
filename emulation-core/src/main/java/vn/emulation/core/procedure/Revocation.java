package vn.emulation.core.procedure;

import static vn.emulation.core.procedure.RevocationState.ANNULLED;
import static vn.emulation.core.procedure.RevocationState.DISMISSED;
import static vn.emulation.core.procedure.RevocationState.PROPOSED;
import static vn.emulation.core.procedure.RevocationState.RECOVERED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.Office;

/**
 * The annulment of one awardee's award (Law 06/2022 chapter VII, art. 93): proposed on one of the
 * grounds of art. 93.2 with the reason; annulled by the office that decided the award (art. 93.8:
 * who is competent to award is competent to annul); the recovery of the artefact and the money
 * recorded. Once annulled, {@link #applyTo} marks the award revoked in the awardee's history, so it
 * no longer counts as a prerequisite. Immutable and thread-safe; each command returns the next
 * version.
 *
 * @param id its identifier
 * @param version incremented by each transition
 * @param state where it stands
 * @param decision the decision whose award is annulled
 * @param nominationId the awardee, by nomination
 * @param ground the ground of art. 93.2
 * @param reason the facts, in words
 * @param annulledOn the day of the annulment; {@code null} before
 * @param recovery what was recovered; {@code null} before it is recorded
 * @param openedBy who proposed it
 * @param openedAt when
 * @param transitions its steps, in order
 */
public record Revocation(
    String id,
    long version,
    RevocationState state,
    Decision decision,
    String nominationId,
    RevocationGround ground,
    String reason,
    LocalDate annulledOn,
    Recovery recovery,
    String openedBy,
    Instant openedAt,
    List<Transition<RevocationState>> transitions) {

  public static final String ANNUL = "annul";
  public static final String RECORD_RECOVERY = "recordRecovery";
  public static final String DISMISS = "dismiss";

  /** The revocation's table of states and commands. */
  public static final Lifecycle<RevocationState> LIFECYCLE =
      Lifecycle.of("revocation", RevocationState.class)
          .allow(PROPOSED, ANNUL, ANNULLED)
          .allow(PROPOSED, DISMISS, DISMISSED)
          .allow(ANNULLED, RECORD_RECOVERY, RECOVERED)
          .build();

  public Revocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(nominationId, "nominationId");
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    transitions = List.copyOf(transitions);
  }

  /**
   * Proposes to annul the award of {@code nominationId} by {@code decision}.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: no awardee of the
   *     decision ({@code nominationId}), no ground ({@code ground}), no reason ({@code reason})
   */
  public static Revocation propose(
      String id,
      Decision decision,
      String nominationId,
      RevocationGround ground,
      String reason,
      String actor,
      Instant at) {
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "id", id);
    if (nominationId == null || !decision.awards(nominationId)) {
      problems.add(
          "nominationId",
          Messages.text("procedure.revocation.notAnAwardee", nominationId, decision.number()));
    }
    if (ground == null) {
      problems.add("ground", Messages.text("procedure.revocation.groundRequired"));
    }
    Inputs.required(problems, "reason", reason);
    problems.throwIfAny("revocation");
    return new Revocation(
        id,
        0,
        PROPOSED,
        decision,
        nominationId,
        ground,
        reason.strip(),
        null,
        null,
        actor,
        at,
        List.of());
  }

  /**
   * Annuls the award on {@code day}, by {@code office}, which must be the office that decided it.
   *
   * @throws CommandRefusedException unless proposed
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: another office
   *     ({@code office}), a day before the decision ({@code annulledOn})
   */
  public Revocation annul(Office office, LocalDate day, String actor, Instant at) {
    LIFECYCLE.next(state, ANNUL);
    ProblemCollector problems = new ProblemCollector();
    if (office != decision.office()) {
      problems.add(
          "office",
          Messages.text(
              "procedure.revocation.notCompetent",
              office == null ? "—" : office.label().vi(),
              decision.number(),
              decision.office().label().vi(),
              office == null ? "—" : office.label().en(),
              decision.office().label().en()));
    }
    if (day == null || day.isBefore(decision.decidedOn())) {
      problems.add(
          "annulledOn",
          Messages.text("procedure.revocation.beforeDecision", day, decision.decidedOn()));
    }
    problems.throwIfAny("revocation " + id);
    return next(ANNUL, ANNULLED, day, null, actor, at, null);
  }

  /**
   * Records what was recovered.
   *
   * @throws CommandRefusedException unless annulled
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: a day before the
   *     annulment ({@code recordedOn}), negative money ({@code moneyRecovered})
   */
  public Revocation recordRecovery(Recovery what, String actor, Instant at) {
    LIFECYCLE.next(state, RECORD_RECOVERY);
    ProblemCollector problems = new ProblemCollector();
    if (what.recordedOn().isBefore(annulledOn)) {
      problems.add(
          "recordedOn",
          Messages.text(
              "procedure.revocation.recoveryBeforeAnnulment", what.recordedOn(), annulledOn));
    }
    if (what.moneyRecovered() < 0) {
      problems.add(
          "moneyRecovered",
          Messages.text("procedure.revocation.negativeMoney", what.moneyRecovered()));
    }
    problems.throwIfAny("revocation " + id);
    return next(RECORD_RECOVERY, RECOVERED, annulledOn, what, actor, at, null);
  }

  /**
   * Dismisses the proposal: the award stands.
   *
   * @throws CommandRefusedException unless proposed
   * @throws vn.emulation.core.common.InvalidInputException without a reason
   */
  public Revocation dismiss(String why, String actor, Instant at) {
    LIFECYCLE.next(state, DISMISS);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "reason", why);
    problems.throwIfAny("revocation " + id);
    return next(DISMISS, DISMISSED, null, null, actor, at, why);
  }

  /** Whether the award is annulled (recovered or not). */
  public boolean isAnnulled() {
    return state == ANNULLED || state == RECOVERED;
  }

  /**
   * {@code history} with the award marked revoked on the day of the annulment: the award record of
   * the decision (the title record for an emulation title).
   *
   * @throws IllegalStateException unless annulled
   * @throws IllegalArgumentException when the history is not the awardee's, or does not hold the
   *     award
   */
  public ParticipantHistory applyTo(ParticipantHistory history) {
    if (!isAnnulled()) {
      throw new IllegalStateException("revocation " + id + " is " + state + ", not annulled");
    }
    Nominee awardee = awardee();
    if (!awardee.participantId().equals(history.participantId())) {
      throw new IllegalArgumentException(
          "the award is " + awardee.participantId() + "'s, not " + history.participantId() + "'s");
    }
    return HistoryEdits.revoke(history, decision, annulledOn);
  }

  /**
   * The claim on its achievement (one achievement, one award, Law art. 5.2.c) that the nomination
   * {@code claimant} holds, as this revocation leaves it: once the award is annulled, the claim of
   * the awardee's nomination is revoked, for the decision that granted it no longer stands (art.
   * 93) and the award no longer counts against a form for the same work; the claim of another
   * nomination, or any claim while the revocation is proposed or dismissed, is left as it is.
   *
   * @param claimant the nomination whose claim it is
   * @throws IllegalArgumentException when {@code claimant} is the awardee's nomination but the
   *     claim is another participant's
   */
  public AwardClaim applyTo(String claimant, AwardClaim claim) {
    if (!isAnnulled() || !nominationId.equals(claimant)) {
      return claim;
    }
    String awardee = awardee().participantId();
    if (!awardee.equals(claim.participantId())) {
      throw new IllegalArgumentException(
          "the award is " + awardee + "'s, not " + claim.participantId() + "'s");
    }
    return claim.revoked();
  }

  private Nominee awardee() {
    return decision.awardees().stream()
        .filter(n -> n.nominationId().equals(nominationId))
        .findFirst()
        .orElseThrow();
  }

  /** The commands the state allows now. */
  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(state);
  }

  private Revocation next(
      String command,
      RevocationState to,
      LocalDate withAnnulledOn,
      Recovery withRecovery,
      String actor,
      Instant at,
      String why) {
    return new Revocation(
        id,
        version + 1,
        to,
        decision,
        nominationId,
        ground,
        reason,
        withAnnulledOn,
        withRecovery,
        openedBy,
        openedAt,
        LIFECYCLE.append(transitions, state, command, actor, at, why));
  }
}
