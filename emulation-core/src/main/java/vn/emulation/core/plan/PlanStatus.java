package vn.emulation.core.plan;

import java.util.EnumSet;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * Where a plan version is in its life, and where it may go next: a draft comes into force; a
 * version in force is superseded when a later version comes into force, or closed when the movement
 * ends; a superseded or closed version stays as it is, for the days it governed.
 */
public enum PlanStatus {
  /** Being prepared; not yet issued. */
  DRAFT("dự thảo", "draft"),
  /** Issued and in force. */
  IN_FORCE("đang có hiệu lực", "in force"),
  /** Replaced by a later version after an amendment decided by the Chairman. */
  SUPERSEDED("đã được thay thế", "superseded"),
  /** The movement ended with its final review. */
  CLOSED("đã kết thúc", "closed");

  private final LocalizedText label;

  PlanStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The status in words, for messages. */
  public LocalizedText label() {
    return label;
  }

  /** The statuses a version with this status may take next; none once superseded or closed. */
  public Set<PlanStatus> allowedNext() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_FORCE);
      case IN_FORCE -> EnumSet.of(SUPERSEDED, CLOSED);
      case SUPERSEDED, CLOSED -> EnumSet.noneOf(PlanStatus.class);
    };
  }

  /**
   * The statuses a command may ask for from this status: those {@link #allowedNext} names but
   * {@code SUPERSEDED}, which a version takes only when a later version comes into force. What the
   * API offers a person to choose, and what {@link PlanVersions#change} refuses outside of.
   */
  public Set<PlanStatus> askableNext() {
    Set<PlanStatus> next = EnumSet.noneOf(PlanStatus.class);
    next.addAll(allowedNext());
    next.remove(SUPERSEDED);
    return next;
  }

  /** Whether a version with this status may take {@code next}. */
  public boolean mayBecome(PlanStatus next) {
    return allowedNext().contains(next);
  }

  /** Whether a version with this status has come into force at some time (it is no draft). */
  public boolean cameIntoForce() {
    return this != DRAFT;
  }
}
