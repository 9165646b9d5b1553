package vn.emulation.jakarta.format.opendata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a published file's figures come from, for its explanation sheet: the plan and its version,
 * the unit, the milestone, the years of figures, the day of the hierarchy, and the address that
 * answered it. Immutable.
 *
 * @param planCode the plan's code
 * @param version the plan's version the figures are measured against
 * @param unitCode the unit asked for
 * @param unitName its name on {@code asOf}
 * @param milestone the milestone whose targets apply
 * @param figures the year of the figures, or the years ({@code 2022–2025})
 * @param asOf the day of the hierarchy (names and units as they stood then); also the file's date
 * @param source the address that answers the same file
 */
public record Provenance(
    String planCode,
    int version,
    String unitCode,
    String unitName,
    int milestone,
    String figures,
    LocalDate asOf,
    String source) {

  public Provenance {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
  }
}
