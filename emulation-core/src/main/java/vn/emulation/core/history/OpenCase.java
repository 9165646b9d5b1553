package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.law.ExclusionGround;

/**
 * A case that excludes a participant while it is open: discipline being considered, an
 * investigation, a complaint under verification. Immutable.
 *
 * @param ground what it is
 * @param openedOn the day it opened
 * @param closedOn the day it closed (the conclusion cleared the participant, or the discipline was
 *     decided); {@code null} while open
 */
public record OpenCase(ExclusionGround ground, LocalDate openedOn, LocalDate closedOn) {

  public OpenCase {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(openedOn, "openedOn");
  }

  /** Whether the case is open on {@code day}. */
  public boolean openOn(LocalDate day) {
    return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
  }
}
