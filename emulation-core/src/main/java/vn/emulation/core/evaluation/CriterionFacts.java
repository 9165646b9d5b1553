package vn.emulation.core.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The facts one criterion of a verdict was decided on, as a stored run keeps them: the criterion's
 * code, how it came out, and the figures it compared, each as plain text, never the words of the
 * explanation. The explanation is written again from these and the plan version that judged them
 * ({@link Evaluator#explain}), so a stored verdict reads as it was seen without a second
 * evaluation. Immutable.
 *
 * <p>What {@code figures} holds depends on the kind of criterion (unknown values are {@code ?}):
 *
 * <ul>
 *   <li>a declaration: the answer ({@code M} yes, {@code N} no, {@code X} not applicable, {@code U}
 *       none), then its evidence reference if one was given;
 *   <li>a count: the count recorded, the minimum required;
 *   <li>a norm: the amount contributed, the norm (in đồng);
 *   <li>a registered plan: the day registered (ISO), {@code -} for not registered, then the day
 *       due;
 *   <li>targets attained: the minimum required, the milestone year, then one letter per target of
 *       the criterion, in its order: {@code M} met, {@code N} not met, {@code I} incomplete, {@code
 *       U} no data;
 *   <li>any of several: nothing; its {@code alternatives} hold each alternative's facts.
 * </ul>
 *
 * @param code the criterion's code
 * @param status how it came out
 * @param figures the figures it compared, as above
 * @param alternatives the facts of each alternative of an any-of criterion, else empty
 */
public record CriterionFacts(
    String code, CriterionStatus status, List<String> figures, List<CriterionFacts> alternatives) {

  /** The figure of a value not known when the criterion was decided. */
  public static final String UNKNOWN = "?";

  public CriterionFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    figures = List.copyOf(figures);
    alternatives = List.copyOf(alternatives);
  }

  /** The facts of a criterion of any kind but any-of. */
  public static CriterionFacts of(String code, CriterionStatus status, List<String> figures) {
    return new CriterionFacts(code, status, figures, List.of());
  }

  /** The {@code i}-th figure, refused as unreadable when there is none. */
  String figure(int i) {
    if (i >= figures.size()) {
      throw unreadable("figure " + i + " missing");
    }
    return figures.get(i);
  }

  /** The {@code i}-th figure as a whole number, empty for {@link #UNKNOWN}. */
  Long number(int i) {
    String f = figure(i);
    if (UNKNOWN.equals(f)) {
      return null;
    }
    try {
      return Long.parseLong(f);
    } catch (NumberFormatException e) {
      throw unreadable("figure " + i + " is no number: " + f);
    }
  }

  IllegalArgumentException unreadable(String why) {
    return new IllegalArgumentException(
        "stored facts of criterion " + code + " do not read: " + why);
  }
}
