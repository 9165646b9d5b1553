package vn.emulation.core.procedure.nomination;

import java.util.Objects;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.YearPeriod;

/**
 * The occasion a nomination is for, with the years of work it judges: an annual round its year, an
 * interim or final review the plan's years up to its own (the interim review of 2023 judges 2022 –
 * 2023, the final review of 2025 the whole 2022 – 2025). These years are what one achievement, one
 * award compares (Law art. 5.2.c). Immutable.
 *
 * @param code the occasion's code
 * @param type annual, interim or final
 * @param covered the years of work it judges
 */
public record NominatedOccasion(String code, OccasionType type, YearPeriod covered) {

  public NominatedOccasion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(covered, "covered");
  }

  /** {@code occasion} of a plan running over {@code planPeriod}. */
  public static NominatedOccasion of(Occasion occasion, YearPeriod planPeriod) {
    YearPeriod covered =
        occasion.type() == OccasionType.ANNUAL
            ? YearPeriod.of(occasion.year(), occasion.year())
            : YearPeriod.of(Math.min(planPeriod.first(), occasion.year()), occasion.year());
    return new NominatedOccasion(occasion.code(), occasion.type(), covered);
  }
}
