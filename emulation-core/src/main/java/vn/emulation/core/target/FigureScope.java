package vn.emulation.core.target;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reports a question about the targets of one milestone, with the figures of one year, reads:
 * that year's reports only; of every indicator its overall figure (breakdown ""), and of the
 * indicators whose target of that milestone must be met "in each breakdown" (E2: in every sector)
 * every breakdown too. Nothing else can change such an answer: {@link AttainmentCalculator} asks
 * for the year given and no other (a unit's predecessors, the units merged into it and the split or
 * dissolved units whose territory lies under it are all looked up in that year), and for the
 * overall breakdown alone unless the target's scope asks for each breakdown. A village's figure
 * (thôn, tổ dân phố) of a count that is judged overall is therefore never read: it is what makes a
 * province's million reports, and the overall figure its commune reports already holds its sum.
 *
 * <p>The same question is the one a participant's verdict on an occasion asks of its unit's
 * figures: the occasion's milestone with the figures of the occasion's year. Immutable and
 * thread-safe.
 *
 * @param year the year whose reports are read
 * @param eachBreakdown the indicators whose every breakdown is read, by code
 */
public record FigureScope(int year, Set<String> eachBreakdown) {

  public FigureScope {
    eachBreakdown = Set.copyOf(eachBreakdown);
  }

  /**
   * What a question about the targets of {@code milestoneYear} (among {@code targets}, a plan's)
   * with the figures of {@code year} reads.
   */
  public static FigureScope of(Collection<Target> targets, int milestoneYear, int year) {
    Set<String> every = new TreeSet<>();
    for (Target t : targets) {
      if (t.milestoneYear() == milestoneYear && t.scope().eachBreakdown()) {
        every.add(t.indicatorCode());
      }
    }
    return new FigureScope(year, every);
  }

  /** Whether the answer can depend on {@code m}. */
  public boolean reads(Measurement m) {
    return m.year() == year
        && (m.breakdown().isEmpty() || eachBreakdown.contains(m.indicatorCode()));
  }
}
