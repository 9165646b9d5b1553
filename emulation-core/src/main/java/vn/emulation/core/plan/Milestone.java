package vn.emulation.core.plan;

import vn.emulation.core.common.LocalizedText;

/**
 * A year by which targets must be met (mốc 2023, mốc 2025). Immutable.
 *
 * @param year the year
 * @param name how the plan names it
 */
public record Milestone(int year, LocalizedText name) {

  public Milestone {
    java.util.Objects.requireNonNull(name, "name");
  }
}
