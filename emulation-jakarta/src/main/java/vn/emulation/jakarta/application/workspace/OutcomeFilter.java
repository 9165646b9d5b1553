package vn.emulation.jakarta.application.workspace;

import java.util.Optional;
import java.util.function.Predicate;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A {@link VerdictFilter} checked against an occasion: keeps the evaluations offered the award form
 * named, and with the outcome named (for that form, or for any form when none is named); the stored
 * runs' lists filter their query by the same two values. Immutable.
 */
public final class OutcomeFilter implements Predicate<Evaluation> {

  private final String awardForm;
  private final Outcome outcome;

  private OutcomeFilter(String awardForm, Outcome outcome) {
    this.awardForm = awardForm;
    this.outcome = outcome;
  }

  /** The filter, or empty with every problem recorded. */
  public static Optional<OutcomeFilter> of(
      Occasion occasion, VerdictFilter asked, ProblemCollector problems) {
    boolean ok = true;
    String form = asked.awardForm();
    if (form != null && !occasion.awardFormCodes().contains(form)) {
      String offered = String.join(", ", occasion.awardFormCodes());
      problems.add(
          "awardForm",
          AdapterMessages.text("workspace.occasionOffersNoAward", occasion.code(), form, offered));
      ok = false;
    }
    return ok ? Optional.of(new OutcomeFilter(form, asked.outcome())) : Optional.empty();
  }

  /** The award form named, if any. */
  public Optional<String> awardForm() {
    return Optional.ofNullable(awardForm);
  }

  /** The outcome named, if any. */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  @Override
  public boolean test(Evaluation e) {
    if (awardForm != null) {
      Optional<Outcome> o = e.outcome(awardForm);
      return o.isPresent() && (outcome == null || o.get() == outcome);
    }
    return outcome == null
        || e.awardForms().stream().anyMatch(f -> e.outcome(f.code()).orElse(null) == outcome);
  }
}
