package vn.emulation.jakarta.interfaces.rest;

import java.util.List;
import java.util.Locale;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.CriterionResult;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.Verdict;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.progress.AwardFormSummary;
import vn.emulation.jakarta.application.workspace.OccasionSummary;
import vn.emulation.jakarta.application.workspace.OccasionVerdicts;
import vn.emulation.jakarta.application.workspace.ParticipantEvaluation;

/**
 * The JSON shapes of the evaluation endpoints, every text in the reader's language. Codes and enum
 * names stay as they are so that clients can rely on them; labels are for people.
 */
public final class EvaluationView {

  private EvaluationView() {}

  /**
   * An occasion.
   *
   * @param code its code
   * @param name its name
   * @param year the year it considers
   * @param milestone the milestone whose targets it uses
   */
  public record OccasionRef(String code, String name, int year, int milestone) {

    static OccasionRef of(Occasion o, Locale l) {
      return new OccasionRef(o.code(), o.name().in(l), o.year(), o.milestoneYear());
    }
  }

  /**
   * A participant.
   *
   * @param id its id
   * @param name its name
   * @param kind COLLECTIVE or INDIVIDUAL
   * @param category its category's code
   * @param unit its unit's code
   */
  public record ParticipantRef(String id, String name, String kind, String category, String unit) {

    static ParticipantRef of(Participant p) {
      return new ParticipantRef(p.id(), p.name(), p.kind().name(), p.categoryCode(), p.unitCode());
    }
  }

  /**
   * The outcome for one award form.
   *
   * @param awardForm its code
   * @param name its name
   * @param outcome ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE
   * @param label the outcome in words
   */
  public record FormOutcome(String awardForm, String name, String outcome, String label) {

    static FormOutcome of(AwardForm f, Outcome o, Locale l) {
      return new FormOutcome(f.code(), f.name().in(l), o.name(), o.label().in(l));
    }
  }

  /**
   * How one criterion came out.
   *
   * @param code its code
   * @param name the condition as the plan words it
   * @param status MET, NOT_MET, NOT_APPLICABLE or UNDECIDED
   * @param label the status in words
   * @param explanation the figure or evidence that decided it
   */
  public record CriterionView(
      String code, String name, String status, String label, String explanation) {

    static CriterionView of(CriterionResult r, Locale l) {
      return new CriterionView(
          r.criterion().code(),
          r.criterion().name().in(l),
          r.status().name(),
          r.status().label().in(l),
          r.explanation().in(l));
    }
  }

  /**
   * The verdict on one award form.
   *
   * @param awardForm the form and outcome
   * @param criteria one result per criterion that applies, in the form's order
   * @param blockers the codes of the criteria that decided a negative or incomplete outcome
   */
  public record VerdictView(
      FormOutcome awardForm, List<CriterionView> criteria, List<String> blockers) {

    static VerdictView of(Verdict v, Locale l) {
      return new VerdictView(
          FormOutcome.of(v.awardForm(), v.outcome(), l),
          v.results().stream().map(r -> CriterionView.of(r, l)).toList(),
          v.blockers().stream().map(r -> r.criterion().code()).toList());
    }
  }

  /** One participant's verdicts on an occasion. */
  public record ParticipantVerdicts(
      OccasionRef occasion, ParticipantRef participant, List<VerdictView> verdicts) {

    static ParticipantVerdicts of(ParticipantEvaluation e, Locale l) {
      return new ParticipantVerdicts(
          OccasionRef.of(e.occasion(), l),
          ParticipantRef.of(e.evaluation().participant()),
          e.evaluation().verdicts().stream().map(v -> VerdictView.of(v, l)).toList());
    }
  }

  /** A participant and its outcome per award form offered to it. */
  public record ParticipantOutcomes(ParticipantRef participant, List<FormOutcome> outcomes) {

    static ParticipantOutcomes of(Evaluation e, Locale l) {
      return new ParticipantOutcomes(
          ParticipantRef.of(e.participant()),
          e.awardForms().stream()
              .map(f -> FormOutcome.of(f, e.outcome(f.code()).orElseThrow(), l))
              .toList());
    }
  }

  /**
   * The counts for one award form.
   *
   * @param awardForm its code
   * @param name its name
   * @param eligible participants eligible
   * @param notEligible not eligible
   * @param incomplete evidence missing
   * @param total participants it was offered to
   */
  public record FormSummary(
      String awardForm, String name, int eligible, int notEligible, int incomplete, int total) {

    static FormSummary of(AwardFormSummary s, Locale l) {
      return new FormSummary(
          s.awardFormCode(),
          s.name().in(l),
          s.eligible(),
          s.notEligible(),
          s.incomplete(),
          s.total());
    }
  }

  /** A page of the participants of an occasion, and the counts over all of them. */
  public record VerdictPage(
      OccasionRef occasion,
      List<ParticipantOutcomes> items,
      int page,
      int size,
      long total,
      List<FormSummary> summary) {

    static VerdictPage of(OccasionVerdicts v, Locale l) {
      var p = v.evaluations();
      return new VerdictPage(
          OccasionRef.of(v.occasion(), l),
          p.items().stream().map(e -> ParticipantOutcomes.of(e, l)).toList(),
          p.page(),
          p.size(),
          p.total(),
          v.summary().stream().map(s -> FormSummary.of(s, l)).toList());
    }
  }

  /** The counts per award form over every participant of an occasion. */
  public record Summary(OccasionRef occasion, int evaluated, List<FormSummary> forms) {

    static Summary of(OccasionSummary s, Locale l) {
      return new Summary(
          OccasionRef.of(s.occasion(), l),
          s.evaluated(),
          s.forms().stream().map(f -> FormSummary.of(f, l)).toList());
    }
  }
}
