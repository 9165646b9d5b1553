package vn.emulation.jakarta.application.evaluation;

import java.util.Objects;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictFacts;
import vn.emulation.core.evaluation.VerdictRecord;

/**
 * One verdict as a run keeps it: since V11 the facts it was decided on ({@link Facts}), whose
 * explanation the core writes again with the plan version the run used; a verdict stored before V11
 * kept its explanation written out ({@link Written}), and reads back as it was (ADR 0043).
 */
public sealed interface KeptVerdict {

  String awardFormCode();

  Outcome outcome();

  /** The verdict with its explanation, as it was seen when the run judged it. */
  VerdictRecord explained(Evaluator plan, String participantId, String occasionCode);

  /** A verdict kept as its facts: what every run stores since V11. */
  record Facts(VerdictFacts facts) implements KeptVerdict {
    public Facts {
      Objects.requireNonNull(facts, "facts");
    }

    @Override
    public String awardFormCode() {
      return facts.awardFormCode();
    }

    @Override
    public Outcome outcome() {
      return facts.outcome();
    }

    @Override
    public VerdictRecord explained(Evaluator plan, String participantId, String occasionCode) {
      return plan.explain(participantId, occasionCode, facts);
    }
  }

  /** A verdict stored before V11 with its explanation written out: read as it is. */
  record Written(VerdictRecord record) implements KeptVerdict {
    public Written {
      Objects.requireNonNull(record, "record");
    }

    @Override
    public String awardFormCode() {
      return record.awardFormCode();
    }

    @Override
    public Outcome outcome() {
      return record.outcome();
    }

    @Override
    public VerdictRecord explained(Evaluator plan, String participantId, String occasionCode) {
      return record;
    }
  }
}
