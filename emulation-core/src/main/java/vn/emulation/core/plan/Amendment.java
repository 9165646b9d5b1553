package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * An adjustment of the plan decided by the Chairman (section VI), which produced {@code version}.
 * Immutable.
 *
 * @param version the plan version it produced, 2 or more
 * @param decidedOn the date of the decision
 * @param decisionReference the decision's number
 * @param summary what changed
 */
public record Amendment(
    int version, LocalDate decidedOn, String decisionReference, LocalizedText summary) {

  public Amendment {
    if (version < 2) {
      throw new IllegalArgumentException(
          "an amendment produces version 2 or later, not " + version);
    }
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(summary, "summary");
  }
}
