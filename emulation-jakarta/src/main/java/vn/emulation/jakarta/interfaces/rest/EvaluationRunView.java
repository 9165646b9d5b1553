package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.emulation.core.evaluation.CriterionRecord;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.RunParticipant;
import vn.emulation.jakarta.application.evaluation.RunVerdict;
import vn.emulation.jakarta.application.evaluation.RunVerdicts;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.CriterionView;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.FormOutcome;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.FormSummary;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.OccasionRef;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.ParticipantOutcomes;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.ParticipantRef;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.VerdictView;

/**
 * The JSON shapes of the stored evaluation runs. A stored verdict has exactly the shape of a live
 * one ({@link EvaluationView}), every text in the reader's language, so that a client compares the
 * two field by field; the run it belongs to comes with it.
 */
public final class EvaluationRunView {

  private EvaluationRunView() {}

  /**
   * An evaluation run.
   *
   * @param id its identifier
   * @param plan the plan's code
   * @param planVersion the plan version the verdicts were computed with
   * @param occasion the occasion's code
   * @param asOf the day, in Vietnam, whose stored figures and evidence it read
   * @param startedBy the user who started it
   * @param startedAt when (UTC)
   * @param participants how many participants it judges, in the whole city (or the caller's units);
   *     once COMPLETE, how many it judged
   * @param status RUNNING, COMPLETE, FAILED or STOPPED
   * @param judged how many participants are judged and stored so far
   */
  public record RunView(
      String id,
      String plan,
      int planVersion,
      String occasion,
      LocalDate asOf,
      String startedBy,
      OffsetDateTime startedAt,
      int participants,
      String status,
      int judged) {

    static RunView of(EvaluationRun r) {
      return new RunView(
          r.id(),
          r.planCode(),
          r.planVersion(),
          r.occasionCode(),
          r.asOf(),
          r.startedBy(),
          r.startedAt(),
          r.participantCount(),
          r.status().name(),
          r.judged());
    }
  }

  /** A page of a run's participants with their outcomes, and the counts over all of them. */
  public record StoredVerdictPage(
      RunView run,
      OccasionRef occasion,
      List<ParticipantOutcomes> items,
      int page,
      int size,
      long total,
      List<FormSummary> summary) {

    static StoredVerdictPage of(RunVerdicts v, Locale l) {
      var p = v.participants();
      return new StoredVerdictPage(
          RunView.of(v.run()),
          OccasionRef.of(v.occasion(), l),
          p.items().stream().map(x -> outcomes(x, l)).toList(),
          p.page(),
          p.size(),
          p.total(),
          v.summary().stream().map(s -> FormSummary.of(s, l)).toList());
    }
  }

  /** One participant's stored verdicts, criterion by criterion, as the run computed them. */
  public record StoredParticipantVerdicts(
      RunView run, OccasionRef occasion, ParticipantRef participant, List<VerdictView> verdicts) {

    static StoredParticipantVerdicts of(RunVerdict v, Locale l) {
      return new StoredParticipantVerdicts(
          RunView.of(v.run()),
          OccasionRef.of(v.occasion(), l),
          participantRef(v.participant()),
          v.participant().verdicts().stream().map(x -> verdict(x, l)).toList());
    }
  }

  private static ParticipantRef participantRef(RunParticipant p) {
    return new ParticipantRef(p.id(), p.name(), p.kind().name(), p.categoryCode(), p.unitCode());
  }

  private static ParticipantOutcomes outcomes(RunParticipant p, Locale l) {
    return new ParticipantOutcomes(
        participantRef(p), p.verdicts().stream().map(v -> form(v, l)).toList());
  }

  private static FormOutcome form(VerdictRecord v, Locale l) {
    return new FormOutcome(
        v.awardFormCode(), v.awardFormName().in(l), v.outcome().name(), v.outcome().label().in(l));
  }

  /** A stored verdict as the run views show it; a nomination shows the one it carries. */
  static VerdictView verdict(VerdictRecord v, Locale l) {
    return new VerdictView(
        form(v, l), v.results().stream().map(r -> criterion(r, l)).toList(), v.blockers());
  }

  private static CriterionView criterion(CriterionRecord r, Locale l) {
    return new CriterionView(
        r.code(),
        r.name().in(l),
        r.status().name(),
        r.status().label().in(l),
        r.explanation().in(l));
  }
}
