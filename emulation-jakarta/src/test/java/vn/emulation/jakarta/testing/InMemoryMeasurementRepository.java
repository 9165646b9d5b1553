package vn.emulation.jakarta.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;

/**
 * Reported values by (plan, year, indicator, breakdown, unit): a later value for a key replaces the
 * earlier one, stamped with the given clock.
 */
public final class InMemoryMeasurementRepository implements MeasurementRepository {

  // the order of the primary key since V16, in which the JPA repository lists a page
  private static final Comparator<Measurement> KEY_ORDER =
      Comparator.comparingInt(Measurement::year)
          .thenComparing(Measurement::indicatorCode)
          .thenComparing(Measurement::breakdown)
          .thenComparing(Measurement::unitCode);

  // the order in which the JPA repository lists a unit's values
  private static final Comparator<Measurement> UNIT_ORDER =
      Comparator.comparing(Measurement::indicatorCode)
          .thenComparingInt(Measurement::year)
          .thenComparing(Measurement::breakdown);

  private final Map<List<Object>, Stored> values =
      new TreeMap<>(InMemoryMeasurementRepository::compare);
  private final Map<List<Object>, List<StoredMeasurement>> revisions =
      new TreeMap<>(InMemoryMeasurementRepository::compare);
  private final Clock clock;

  private record Stored(String planCode, StoredMeasurement value) {}

  public InMemoryMeasurementRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public MeasurementSet all(String planCode) {
    return MeasurementSet.of(
        ofPlan(planCode).stream().map(StoredMeasurement::measurement).toList());
  }

  @Override
  public MeasurementSet within(String planCode, FigureScope scope) {
    return all(planCode).within(scope);
  }

  @Override
  public boolean put(String planCode, Measurement m, String uploadId, String reportedBy) {
    List<Object> key = key(planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown());
    Stored earlier = values.get(key);
    if (earlier != null) {
      revisions.computeIfAbsent(key, k -> new ArrayList<>()).add(0, earlier.value());
    }
    values.put(
        key,
        new Stored(
            planCode,
            new StoredMeasurement(
                m,
                uploadId,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                reportedBy,
                earlier == null ? 1 : earlier.value().version() + 1)));
    return earlier == null;
  }

  @Override
  public List<StoredMeasurement> superseded(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    return List.copyOf(
        revisions.getOrDefault(key(planCode, indicatorCode, unitCode, year, breakdown), List.of()));
  }

  @Override
  public Optional<StoredMeasurement> find(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    return Optional.ofNullable(values.get(key(planCode, indicatorCode, unitCode, year, breakdown)))
        .map(Stored::value);
  }

  @Override
  public Page<StoredMeasurement> page(
      String planCode,
      Collection<String> units,
      String indicatorCode,
      Integer year,
      PageRequest request) {
    return Pages.of(
        ofPlan(planCode).stream()
            .filter(s -> units == null || units.contains(s.measurement().unitCode()))
            .filter(
                s -> indicatorCode == null || s.measurement().indicatorCode().equals(indicatorCode))
            .filter(s -> year == null || s.measurement().year() == year)
            .toList(),
        request);
  }

  @Override
  public long count(String planCode) {
    return ofPlan(planCode).size();
  }

  @Override
  public List<Measurement> forUnit(String planCode, String unitCode) {
    return ofPlan(planCode).stream()
        .map(StoredMeasurement::measurement)
        .filter(m -> m.unitCode().equals(unitCode))
        .sorted(UNIT_ORDER)
        .toList();
  }

  /** A plan's stored values in key order. */
  private List<StoredMeasurement> ofPlan(String planCode) {
    return values.values().stream()
        .filter(s -> s.planCode().equals(planCode))
        .map(Stored::value)
        .sorted(Comparator.comparing(StoredMeasurement::measurement, KEY_ORDER))
        .toList();
  }

  private static List<Object> key(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    return List.of(planCode, indicatorCode, unitCode, year, breakdown);
  }

  private static int compare(List<Object> a, List<Object> b) {
    return String.valueOf(a).compareTo(String.valueOf(b));
  }
}
