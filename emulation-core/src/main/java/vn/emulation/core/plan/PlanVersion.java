package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a plan in its life: its status and the days it governed. Immutable.
 *
 * <p>A draft has no days. A version in force governs from {@code inForceFrom} on; a superseded or
 * closed one from {@code inForceFrom} until the day before {@code inForceUntil} (the day the next
 * version came into force, or the day the plan closed); both days equal for a version superseded
 * before it governed a day.
 *
 * @param version the version number, 1 or more
 * @param status where it is in its life
 * @param inForceFrom the first day it governed, {@code null} for a draft
 * @param inForceUntil the first day it no longer governed, {@code null} unless superseded or closed
 */
public record PlanVersion(
    int version, PlanStatus status, LocalDate inForceFrom, LocalDate inForceUntil) {

  public PlanVersion {
    if (version < 1) {
      throw new IllegalArgumentException("a plan version starts at 1, was: " + version);
    }
    Objects.requireNonNull(status, "status");
    if (status.cameIntoForce() != (inForceFrom != null)) {
      throw new IllegalArgumentException(
          "a version has a first day in force exactly when it came into force: " + status);
    }
    boolean ended = status == PlanStatus.SUPERSEDED || status == PlanStatus.CLOSED;
    if (ended != (inForceUntil != null)) {
      throw new IllegalArgumentException(
          "a version has a last day exactly when it was superseded or closed: " + status);
    }
    // equal days: superseded before it governed a day (the backfill of older versions, V3)
    if (ended && inForceUntil.isBefore(inForceFrom)) {
      throw new IllegalArgumentException(
          "a version cannot end before it came into force: " + inForceFrom + " – " + inForceUntil);
    }
  }

  /** A version imported, not yet in force. */
  public static PlanVersion draft(int version) {
    return new PlanVersion(version, PlanStatus.DRAFT, null, null);
  }

  /** Whether this version governed some day: it came into force and was not undone that day. */
  public boolean governedADay() {
    return inForceFrom != null && (inForceUntil == null || inForceUntil.isAfter(inForceFrom));
  }

  /** Whether this version governed the given day. */
  public boolean inForceOn(LocalDate day) {
    return inForceFrom != null
        && !day.isBefore(inForceFrom)
        && (inForceUntil == null || day.isBefore(inForceUntil));
  }

  /**
   * The day a version comes into force when nobody names another: an amendment's decision for the
   * version it produced, otherwise the plan's date of issue, otherwise the first day of its period
   * (a plan file need not know its date of issue; the plan then governs its whole period).
   */
  public static LocalDate defaultInForceFrom(PlanIdentity identity) {
    return identity.amendments().stream()
        .filter(a -> a.version() == identity.version())
        .map(Amendment::decidedOn)
        .findFirst()
        .or(() -> java.util.Optional.ofNullable(identity.issuedOn()))
        .orElse(LocalDate.of(identity.period().first(), 1, 1));
  }
}
