package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A date in the plan's timeline (section IV.4): launch by December 2022, registration by January
 * 2023. Immutable.
 *
 * @param code the plan's code for it
 * @param name what must be done by then
 * @param dueOn the last day
 */
public record Deadline(String code, LocalizedText name, LocalDate dueOn) {

  public Deadline {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a deadline code must not be blank: " + code);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dueOn, "dueOn");
  }
}
