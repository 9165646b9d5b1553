package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.participant.Participant;

/**
 * The outcome of one participant on one occasion, for every award form offered to it. Outcomes are
 * computed at once; the criterion-by-criterion explanations are built only when {@link #verdicts()}
 * is asked for, since most bulk runs need only the outcomes. Immutable and thread-safe.
 */
public final class Evaluation {

  private final Participant participant;
  private final OccasionProgram program;
  private final int category;
  private final Evidence evidence;
  private final byte[] outcomes;

  Evaluation(
      Participant participant,
      OccasionProgram program,
      int category,
      Evidence evidence,
      byte[] outcomes) {
    this.participant = participant;
    this.program = program;
    this.category = category;
    this.evidence = evidence;
    this.outcomes = outcomes;
  }

  public Participant participant() {
    return participant;
  }

  public String occasionCode() {
    return program.occasion.code();
  }

  /** The award forms offered to this participant on this occasion, in the occasion's order. */
  public List<AwardForm> awardForms() {
    List<AwardForm> forms = new ArrayList<>();
    for (int f : program.formsByCategory[category]) {
      forms.add(program.forms[f]);
    }
    return forms;
  }

  /**
   * The outcome for an award form, empty when the occasion does not offer it to this participant.
   */
  public Optional<Outcome> outcome(String awardFormCode) {
    int[] offered = program.formsByCategory[category];
    for (int i = 0; i < offered.length; i++) {
      if (program.forms[offered[i]].code().equals(awardFormCode)) {
        return Optional.of(Outcome.values()[outcomes[i]]);
      }
    }
    return Optional.empty();
  }

  /** The award forms this participant is eligible for. */
  public List<AwardForm> eligibleForms() {
    List<AwardForm> eligible = new ArrayList<>();
    int[] offered = program.formsByCategory[category];
    for (int i = 0; i < offered.length; i++) {
      if (outcomes[i] == Outcome.ELIGIBLE.ordinal()) {
        eligible.add(program.forms[offered[i]]);
      }
    }
    return eligible;
  }

  /** One verdict for each award form offered, each with its full explanation. */
  public List<Verdict> verdicts() {
    List<Verdict> verdicts = new ArrayList<>();
    int[] offered = program.formsByCategory[category];
    for (int i = 0; i < offered.length; i++) {
      List<CriterionResult> results = new ArrayList<>();
      for (int c : program.checksByCategoryForm[category][i]) {
        results.add(program.checks[c].result(evidence));
      }
      verdicts.add(
          new Verdict(
              participant.id(),
              occasionCode(),
              program.forms[offered[i]],
              Outcome.values()[outcomes[i]],
              results));
    }
    return verdicts;
  }

  /**
   * One verdict for each award form offered, as a stored run keeps it: the outcome and the facts
   * each criterion was decided on, without the words of the explanation ({@link Evaluator#explain}
   * writes them again from these facts).
   */
  public List<VerdictFacts> facts() {
    List<VerdictFacts> verdicts = new ArrayList<>();
    int[] offered = program.formsByCategory[category];
    for (int i = 0; i < offered.length; i++) {
      int[] needed = program.checksByCategoryForm[category][i];
      List<CriterionFacts> criteria = new ArrayList<>(needed.length);
      for (int c : needed) {
        criteria.add(program.checks[c].facts(evidence));
      }
      verdicts.add(
          new VerdictFacts(
              program.forms[offered[i]].code(), Outcome.values()[outcomes[i]], criteria));
    }
    return verdicts;
  }

  /** The verdict for one award form, empty when it is not offered to this participant. */
  public Optional<Verdict> verdict(String awardFormCode) {
    return verdicts().stream().filter(v -> v.awardForm().code().equals(awardFormCode)).findFirst();
  }
}
