package vn.emulation.core.evaluation;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.Criterion;

/**
 * A criterion compiled against an evidence layout: {@link #test} is the hot path (array reads, no
 * allocation); {@link #facts} takes the figures it compared, and {@link #explain(CriterionFacts)}
 * writes the words from those figures alone, so that a live verdict and a stored one read back
 * later say exactly the same.
 */
abstract class Check {

  final Criterion criterion;

  Check(Criterion criterion) {
    this.criterion = criterion;
  }

  /** One of the {@link CriterionStatus} codes. */
  abstract byte test(Evidence e);

  /** The figures {@link #test} compared, as {@link CriterionFacts} describes them per kind. */
  abstract List<String> figures(Evidence e);

  /** Why the criterion came out as the facts say, from the facts alone. */
  abstract LocalizedText explain(CriterionFacts facts);

  /** How the criterion came out on the evidence, and the figures that decided it. */
  CriterionFacts facts(Evidence e) {
    return CriterionFacts.of(criterion.code(), CriterionStatus.of(test(e)), figures(e));
  }

  /** Why {@link #test} gave what it gave. */
  final LocalizedText explain(Evidence e) {
    return explain(facts(e));
  }

  final CriterionResult result(Evidence e) {
    CriterionFacts facts = facts(e);
    return new CriterionResult(criterion, facts.status(), explain(facts));
  }

  /** The letter of a status code, as the facts write an answer or an attainment. */
  static String letter(byte statusCode) {
    return String.valueOf(VerdictFacts.letter(CriterionStatus.of(statusCode)));
  }

  /** The status code of a letter {@link #letter} wrote. */
  static byte code(CriterionFacts facts, String letter) {
    int i = letter.length() == 1 ? "UMNX".indexOf(letter.charAt(0)) : -1;
    if (i < 0) {
      throw facts.unreadable("no status letter: " + letter);
    }
    return (byte) i;
  }
}
