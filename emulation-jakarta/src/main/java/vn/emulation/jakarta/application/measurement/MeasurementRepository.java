package vn.emulation.jakarta.application.measurement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * The port to the reported values: one per (plan, indicator, unit, year, breakdown); a later report
 * for the same key is a correction and replaces the value, and the value it replaced is kept as a
 * revision in the same transaction ({@link #superseded}).
 */
public interface MeasurementRepository {

  /** Every value reported for a plan. */
  MeasurementSet all(String planCode);

  /**
   * The values of a plan that a question of {@code scope} reads (the core's {@link FigureScope}:
   * the scope's year, breakdown "" of the indicators it names or every breakdown of an indicator
   * met in each, the units it names): the same answers as {@link #all} for that question, from the
   * primary key instead of the whole plan (V8; its order since V16, ADR 0054).
   */
  MeasurementSet within(String planCode, FigureScope scope);

  /**
   * Stores a value, stamped with the clock's instant, replacing any earlier one for the same key;
   * returns whether it was new.
   */
  default boolean put(String planCode, Measurement m, String uploadId) {
    return put(planCode, m, uploadId, null);
  }

  /**
   * Stores a value reported by {@code reportedBy}, stamped with the clock's instant; a value it
   * replaces is kept as a revision. Returns whether it was new.
   */
  boolean put(String planCode, Measurement m, String uploadId, String reportedBy);

  /**
   * The values a key held before its stored one, each as it was while stored (with its version),
   * newest first; empty when the value was never corrected.
   */
  List<StoredMeasurement> superseded(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown);

  /** The stored value for a key, with where and when it came from. */
  Optional<StoredMeasurement> find(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown);

  /**
   * A page of a plan's values, optionally only those of some units, one indicator and/or one year
   * (each {@code null} for any), ordered by indicator, unit, year and breakdown.
   */
  Page<StoredMeasurement> page(
      String planCode,
      Collection<String> units,
      String indicatorCode,
      Integer year,
      PageRequest request);

  long count(String planCode);

  /** A unit's values for a plan, by indicator, year and breakdown. */
  List<Measurement> forUnit(String planCode, String unitCode);
}
