package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a unit stood from a date on: its name then and its parent then. A unit keeps its code for
 * life while its name and parent change (a ward moved under a new province keeps its code), so the
 * system can print names and parents as they stood on each date. Immutable and thread-safe.
 *
 * @param from the first day this placement holds
 * @param name the unit's official name from that day, in Vietnamese
 * @param parentCode the parent's code from that day, or {@code null} for a top unit
 */
public record Placement(LocalDate from, String name, String parentCode) {

  public Placement {
    Objects.requireNonNull(from, "from");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a unit's name must not be blank, was: " + name);
    }
  }
}
