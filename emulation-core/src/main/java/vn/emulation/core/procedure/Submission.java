package vn.emulation.core.procedure;

import static vn.emulation.core.procedure.SubmissionState.CLOSED;
import static vn.emulation.core.procedure.SubmissionState.RETURNED;
import static vn.emulation.core.procedure.SubmissionState.SUBMITTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.Authority;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;

/**
 * The submission (tờ trình) of a council's approved nominees to an office, grouped by award form.
 * For each form the law in force on the day says whether the office may decide it: such a form ends
 * in a {@link Decision}; a form above it is a {@link Proposal} to the offices that may. Immutable
 * and thread-safe; each command returns the next version.
 *
 * @param id its identifier
 * @param version incremented by each transition
 * @param state where it stands
 * @param meetingId the council meeting whose minutes it is drawn from
 * @param office the office it is put to (the chairman who decides)
 * @param submittedOn the day it was submitted
 * @param groups the approved nominees by form, with the office's authority over each
 * @param decisions the decisions made, one per form within authority at most
 * @param openedBy who submitted it
 * @param openedAt when
 * @param transitions its steps, in order
 */
public record Submission(
    String id,
    long version,
    SubmissionState state,
    String meetingId,
    Office office,
    LocalDate submittedOn,
    List<FormGroup> groups,
    List<Decision> decisions,
    String openedBy,
    Instant openedAt,
    List<Transition<SubmissionState>> transitions) {

  public static final String DECIDE = "decide";
  public static final String CLOSE = "close";
  public static final String RETURN = "return";

  /** The submission's table of states and commands. */
  public static final Lifecycle<SubmissionState> LIFECYCLE =
      Lifecycle.of("submission", SubmissionState.class)
          .allow(SUBMITTED, DECIDE, SUBMITTED)
          .allow(SUBMITTED, CLOSE, CLOSED)
          .allow(SUBMITTED, RETURN, RETURNED)
          .build();

  public Submission {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(submittedOn, "submittedOn");
    groups = List.copyOf(groups);
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    transitions = List.copyOf(transitions);
  }

  /**
   * Draws up the submission of the nominees {@code minutes} approved to {@code office} on {@code
   * day}, grouped by form in the order of the minutes.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: no nominee
   *     approved ({@code meetingId}), a day before the meeting or without a law in force ({@code
   *     submittedOn}), a form the law does not know then ({@code groups[i]})
   */
  public static Submission prepare(
      String id,
      Minutes minutes,
      Office office,
      LocalDate day,
      LawRuleSet law,
      String actor,
      Instant at) {
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "id", id);
    if (office == null) {
      problems.add("office", Messages.text("procedure.decision.required", "office"));
    }
    if (minutes.approved().isEmpty()) {
      problems.add(
          "meetingId", Messages.text("procedure.decision.noneApproved", minutes.meetingId()));
    }
    List<FormGroup> groups = new ArrayList<>();
    if (day == null) {
      problems.add("submittedOn", Messages.text("procedure.decision.required", "submittedOn"));
    } else if (day.isBefore(minutes.day())) {
      problems.add(
          "submittedOn", Messages.text("procedure.decision.beforeMeeting", day, minutes.day()));
    } else if (law.inForceOn(day).isEmpty()) {
      problems.add("submittedOn", Messages.text("procedure.decision.noLawOn", day, law.code()));
    } else if (office != null) {
      Map<String, List<Nominee>> byForm = new LinkedHashMap<>();
      minutes
          .approved()
          .forEach(n -> byForm.computeIfAbsent(n.form(), f -> new ArrayList<>()).add(n));
      byForm.forEach(
          (form, nominees) -> {
            try {
              List<Office> deciders =
                  law.authorityOn(form, day).stream().map(Authority::office).toList();
              groups.add(new FormGroup(form, nominees, law.mayDecide(office, form, day), deciders));
            } catch (LawNotInForceException e) {
              problems.add("groups[" + groups.size() + "]", e.reason());
            }
          });
    }
    problems.throwIfAny("submission");
    return new Submission(
        id,
        0,
        SUBMITTED,
        minutes.meetingId(),
        office,
        day,
        groups,
        List.of(),
        actor,
        at,
        List.of());
  }

  /** The forms above the office, each a proposal to the offices that may decide it. */
  public List<Proposal> proposals() {
    return groups.stream()
        .filter(g -> !g.withinAuthority())
        .map(g -> new Proposal(id, g.form(), office, g.deciders(), submittedOn, g.nominees()))
        .toList();
  }

  /** The group of {@code form}, if the submission has one. */
  public Optional<FormGroup> group(String form) {
    return groups.stream().filter(g -> g.form().equals(form)).findFirst();
  }

  /** The decision on {@code form}, once made. */
  public Optional<Decision> decisionOn(String form) {
    return decisions.stream().filter(d -> d.form().equals(form)).findFirst();
  }

  /**
   * The office's decision on one form within its authority, awarding some or all of its nominees.
   *
   * @param awardees the nomination identifiers awarded
   * @throws CommandRefusedException unless submitted
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: a form not in the
   *     submission, above the office's authority or decided already ({@code form}); no number
   *     ({@code number}) or signer ({@code signer}); a day before the submission, or on which the
   *     office no longer may decide the form ({@code decidedOn}); no awardee, or one not among the
   *     form's nominees or named twice ({@code awardees[i]})
   */
  public Submission decide(
      String form,
      String number,
      LocalDate decidedOn,
      String signer,
      AwardType type,
      List<String> awardees,
      LawRuleSet law,
      String actor,
      Instant at) {
    LIFECYCLE.next(state, DECIDE);
    ProblemCollector problems = new ProblemCollector();
    Optional<FormGroup> group = group(form);
    if (group.isEmpty()) {
      problems.add("form", Messages.text("procedure.decision.unknownForm", form, id));
    } else if (!group.get().withinAuthority()) {
      problems.add(
          "form",
          Messages.text(
              "procedure.decision.aboveAuthority", form, office.label().vi(), office.label().en()));
    } else if (decisionOn(form).isPresent()) {
      problems.add("form", Messages.text("procedure.decision.decidedAlready", form));
    }
    Inputs.required(problems, "number", number);
    Inputs.required(problems, "signer", signer);
    if (type == null) {
      problems.add("type", Messages.text("procedure.decision.required", "type"));
    }
    Optional<FormRule> rule = Optional.empty();
    if (decidedOn == null) {
      problems.add("decidedOn", Messages.text("procedure.decision.required", "decidedOn"));
    } else if (decidedOn.isBefore(submittedOn)) {
      problems.add(
          "decidedOn",
          Messages.text("procedure.decision.beforeSubmission", decidedOn, submittedOn));
    } else if (group.isPresent() && group.get().withinAuthority()) {
      rule = DecisionChecks.ruleOn(law, office, form, decidedOn, problems);
    }
    List<Nominee> awarded = DecisionChecks.awardees(group, awardees, problems);
    problems.throwIfAny("decision on submission " + id);
    FormRule r = rule.orElseThrow();
    Authority power =
        r.authorities().stream().filter(a -> a.office() == office).findFirst().orElseThrow();
    Decision d =
        new Decision(
            number.strip(),
            decidedOn,
            signer.strip(),
            office,
            law.governing(decidedOn).quote(power.citation()),
            form,
            r.kind(),
            type,
            awarded);
    List<Decision> more = new ArrayList<>(decisions);
    more.add(d);
    return next(DECIDE, SUBMITTED, more, actor, at, null);
  }

  /**
   * Closes the submission once every form within the office's authority is decided.
   *
   * @throws CommandRefusedException unless submitted
   * @throws vn.emulation.core.common.InvalidInputException naming each undecided form ({@code
   *     groups[i]})
   */
  public Submission close(String actor, Instant at) {
    LIFECYCLE.next(state, CLOSE);
    ProblemCollector problems = new ProblemCollector();
    for (int i = 0; i < groups.size(); i++) {
      FormGroup g = groups.get(i);
      if (g.withinAuthority() && decisionOn(g.form()).isEmpty()) {
        problems.add("groups[" + i + "]", Messages.text("procedure.decision.undecided", g.form()));
      }
    }
    problems.throwIfAny("submission " + id);
    return next(CLOSE, CLOSED, decisions, actor, at, null);
  }

  /**
   * Sends the submission back to Home Affairs, with the reason, before any decision.
   *
   * @throws CommandRefusedException unless submitted
   * @throws vn.emulation.core.common.InvalidInputException without a reason ({@code reason}), or
   *     once a form is decided ({@code decisions})
   */
  public Submission returnToHomeAffairs(String reason, String actor, Instant at) {
    LIFECYCLE.next(state, RETURN);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "reason", reason);
    if (!decisions.isEmpty()) {
      problems.add("decisions", Messages.text("procedure.decision.returnAfterDecision", id));
    }
    problems.throwIfAny("submission " + id);
    return next(RETURN, RETURNED, decisions, actor, at, reason);
  }

  /** The commands the state allows now. */
  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(state);
  }

  private Submission next(
      String command,
      SubmissionState to,
      List<Decision> withDecisions,
      String actor,
      Instant at,
      String reason) {
    return new Submission(
        id,
        version + 1,
        to,
        meetingId,
        office,
        submittedOn,
        groups,
        withDecisions,
        openedBy,
        openedAt,
        LIFECYCLE.append(transitions, state, command, actor, at, reason));
  }
}
