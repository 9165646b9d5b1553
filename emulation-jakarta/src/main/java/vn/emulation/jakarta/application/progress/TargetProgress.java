package vn.emulation.jakarta.application.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Coverage;
import vn.emulation.core.target.FigurePart;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Quantity;

/**
 * One line of a progress report: where a unit stands against one target of a milestone. Immutable
 * and thread-safe.
 *
 * @param indicatorCode the indicator (G2)
 * @param pillar the group of targets it belongs to
 * @param name what the indicator measures, in Vietnamese and English
 * @param milestoneYear the milestone of the target
 * @param comparator how the value is held against the threshold
 * @param threshold the threshold, in the indicator's unit
 * @param status met, not met, incomplete (units missing: not met until they report) or no data
 * @param value the figure as the core shows it (two decimals unless more are needed to show why it
 *     misses), {@code null} with no data
 * @param gap value minus threshold (negative: short of it), {@code null} with no data
 * @param coverage how many of the units expected to report did
 * @param figure the quantity behind the value (the counts of a ratio, so that a reader can check a
 *     city's share against its wards'), {@code null} with no data
 * @param shortfall for a share of counts, how many more counted items it needed to meet the target
 *     (0 when met), {@code null} for amounts, no data, or when no count would
 * @param parts the stored reports behind the figure: counted, earlier states, set aside
 */
public record TargetProgress(
    String indicatorCode,
    Pillar pillar,
    LocalizedText name,
    int milestoneYear,
    Comparator comparator,
    BigDecimal threshold,
    AttainmentStatus status,
    BigDecimal value,
    BigDecimal gap,
    Coverage coverage,
    Quantity figure,
    Long shortfall,
    List<FigurePart> parts) {

  public TargetProgress {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(pillar, "pillar");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(coverage, "coverage");
    parts = List.copyOf(parts);
    if ((status == AttainmentStatus.NO_DATA) != (value == null)) {
      throw new IllegalArgumentException(
          "a value goes with data, and only with data: "
              + indicatorCode
              + " "
              + status
              + " "
              + value);
    }
  }

  /** The line for {@code attainment}, measured by {@code indicator}. */
  static TargetProgress of(Indicator indicator, Attainment attainment) {
    var target = attainment.target();
    return new TargetProgress(
        indicator.code(),
        indicator.pillar(),
        indicator.name(),
        target.milestoneYear(),
        target.comparator(),
        target.threshold(),
        attainment.status(),
        attainment.value(),
        attainment.gap().orElse(null),
        attainment.coverage(),
        attainment.value() == null ? null : attainment.figure(),
        attainment.shortfall(indicator.unit()).stream().boxed().findFirst().orElse(null),
        attainment.parts());
  }

  /** The counts behind the value when it is a share of counts; empty for amounts or no data. */
  public Optional<Quantity.Ratio> ratio() {
    return figure instanceof Quantity.Ratio r ? Optional.of(r) : Optional.empty();
  }

  /** "≥", "&gt;" or "=". */
  public String comparatorSymbol() {
    return comparator.symbol();
  }

  public Optional<BigDecimal> valueIfAny() {
    return Optional.ofNullable(value);
  }

  public boolean isMet() {
    return status == AttainmentStatus.MET;
  }
}
