package vn.emulation.jakarta.application.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The audit head as it was at a moment, kept and published (ADR 0045): entries 1 to {@code seq},
 * the last of them hashing to {@code hash}. Immutable.
 *
 * @param number 1, 2, 3… in the order they were taken
 * @param day the day it was taken, in Vietnam
 * @param seq the head's last entry then (0: an empty log)
 * @param hash that entry's hash (64 zeros for an empty log)
 * @param at when it was taken
 * @param takenBy who took it: an administrator, or {@code system} for the daily run
 * @param scheduled whether the daily run took it
 */
public record AuditAnchor(
    long number,
    LocalDate day,
    long seq,
    String hash,
    Instant at,
    String takenBy,
    boolean scheduled) {

  public AuditAnchor {
    if (number < 1 || seq < 0) {
      throw new IllegalArgumentException("an anchor is numbered from 1, over 0 or more entries");
    }
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(takenBy, "takenBy");
  }
}
