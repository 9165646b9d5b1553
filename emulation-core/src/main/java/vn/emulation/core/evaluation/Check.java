package vn.emulation.core.evaluation;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.Criterion;

/**
 * A criterion compiled against an evidence layout: {@link #test} is the hot path (array reads, no
 * allocation); {@link #explain} builds the words only when somebody reads the verdict.
 */
abstract class Check {

  final Criterion criterion;

  Check(Criterion criterion) {
    this.criterion = criterion;
  }

  /** One of the {@link CriterionStatus} codes. */
  abstract byte test(Evidence e);

  /** Why {@link #test} gave what it gave. */
  abstract LocalizedText explain(Evidence e);

  final CriterionResult result(Evidence e) {
    return new CriterionResult(criterion, CriterionStatus.of(test(e)), explain(e));
  }
}
