package vn.emulation.core.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.target.AttainmentStatus;

/**
 * What is known about one participant for one occasion: its answers to declaration criteria with
 * the evidence behind them, counted achievements, amounts contributed, its unit's attainment of
 * each target at the occasion's milestone, and when it registered its emulation plan. Anything not
 * given is unknown, which makes the criteria that need it undecided rather than failed.
 *
 * <p>Made by {@link Evaluator#evidence()}, laid out for that evaluator's plan. Immutable and
 * thread-safe.
 */
public final class Evidence {

  static final long UNKNOWN_AMOUNT = Long.MIN_VALUE;
  static final long NOT_REGISTERED = Long.MAX_VALUE;

  /**
   * An attainment whose figure still misses some units' reports: unknown to the checks, like no
   * data, but explained as incomplete. Never a {@link CriterionStatus} code.
   */
  static final byte INCOMPLETE_ATTAINMENT = -1;

  final EvidenceLayout layout;
  final byte[] answers;
  final String[] references;
  final int[] counts;
  final long[] amounts;
  final byte[] attainments;
  final long registeredOn;

  private Evidence(Builder b) {
    this.layout = b.layout;
    this.answers = b.answers.clone();
    this.references = b.references.clone();
    this.counts = b.counts.clone();
    this.amounts = b.amounts.clone();
    this.attainments = b.attainments.clone();
    this.registeredOn = b.registeredOn;
  }

  /** The evidence reference given with the answer to a declaration criterion. */
  public Optional<String> reference(String criterionCode) {
    Integer slot = layout.declarations.get(criterionCode);
    return slot == null ? Optional.empty() : Optional.ofNullable(references[slot]);
  }

  /** Builds an {@link Evidence}; unknown codes are collected and reported together by build. */
  public static final class Builder {

    private final EvidenceLayout layout;
    private final byte[] answers;
    private final String[] references;
    private final int[] counts;
    private final long[] amounts;
    private final byte[] attainments;
    private long registeredOn = UNKNOWN_AMOUNT;
    private final ProblemCollector problems = new ProblemCollector();

    Builder(EvidenceLayout layout) {
      this.layout = layout;
      this.answers = new byte[layout.declarations.size()];
      this.references = new String[layout.declarations.size()];
      this.counts = new int[layout.counts.size()];
      Arrays.fill(counts, -1);
      this.amounts = new long[layout.amounts.size()];
      Arrays.fill(amounts, UNKNOWN_AMOUNT);
      this.attainments = new byte[layout.indicators.size()];
    }

    /** The answer to declaration criterion {@code criterionCode}, with its evidence reference. */
    public Builder answer(String criterionCode, Answer answer, String reference) {
      Integer slot = slot(layout.declarations, "declarations", criterionCode);
      if (slot != null) {
        answers[slot] =
            switch (answer) {
              case YES -> CriterionStatus.MET_CODE;
              case NO -> CriterionStatus.NOT_MET_CODE;
              case NOT_APPLICABLE -> CriterionStatus.NOT_APPLICABLE_CODE;
            };
        references[slot] = reference;
      }
      return this;
    }

    /** A counted achievement, such as initiatives recognised. */
    public Builder count(String factKey, int value) {
      Integer slot = slot(layout.counts, "counts", factKey);
      if (value < 0) {
        problems.add("counts." + factKey, Messages.text("evaluation.countCannotNegative", value));
      } else if (slot != null) {
        counts[slot] = value;
      }
      return this;
    }

    /** An amount in đồng, such as a contribution of money or facilities converted to money. */
    public Builder amount(String factKey, long dong) {
      Integer slot = slot(layout.amounts, "amounts", factKey);
      if (dong < 0) {
        problems.add("amounts." + factKey, Messages.text("evaluation.amountCannotNegative", dong));
      } else if (slot != null) {
        amounts[slot] = dong;
      }
      return this;
    }

    /** The attainment of the target on {@code indicatorCode} by the participant's unit. */
    public Builder attainment(String indicatorCode, AttainmentStatus status) {
      Integer slot = slot(layout.indicators, "attainments", indicatorCode);
      if (slot != null) {
        attainments[slot] =
            switch (status) {
              case MET -> CriterionStatus.MET_CODE;
              case NOT_MET -> CriterionStatus.NOT_MET_CODE;
              case INCOMPLETE -> INCOMPLETE_ATTAINMENT;
              case NO_DATA -> CriterionStatus.UNDECIDED_CODE;
            };
      }
      return this;
    }

    /** Every attainment at once, by indicator code. */
    public Builder attainments(Map<String, AttainmentStatus> byIndicator) {
      byIndicator.forEach(this::attainment);
      return this;
    }

    /** The participant registered its emulation plan on {@code date}. */
    public Builder registeredOn(LocalDate date) {
      registeredOn = date.toEpochDay();
      return this;
    }

    /** The participant is known not to have registered. */
    public Builder notRegistered() {
      registeredOn = NOT_REGISTERED;
      return this;
    }

    private Integer slot(Map<String, Integer> slots, String kind, String key) {
      Integer slot = slots.get(key);
      if (slot == null) {
        problems.add(kind + "." + key, Messages.text("evaluation.noCriterionIndicatorPlan", key));
      }
      return slot;
    }

    /**
     * The evidence.
     *
     * @throws vn.emulation.core.common.InvalidInputException listing every unknown key or bad value
     */
    public Evidence build() {
      problems.throwIfAny("evidence");
      return new Evidence(this);
    }
  }
}
