package vn.emulation.core.award;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Criteria an award form asks for on some kinds of occasion only. The province's Bằng khen asks, in
 * the annual round, for excellent achievements and a contribution reaching the province council's
 * norm (seed IV.2 a), and at the interim and final reviews for a typical contribution to the plan's
 * targets instead (IV.2 b, c). Immutable and thread-safe.
 *
 * @param occasions the kinds of occasion on which these criteria count; the plan's validation asks
 *     for at least one
 * @param criterionCodes the criteria asked for on them; at least one, by the same validation
 */
public record OccasionCriteria(Set<OccasionType> occasions, List<String> criterionCodes) {

  public OccasionCriteria {
    Objects.requireNonNull(occasions, "occasions");
    Objects.requireNonNull(criterionCodes, "criterionCodes");
    occasions = Set.copyOf(occasions);
    criterionCodes = List.copyOf(criterionCodes);
  }

  /** Whether these criteria count on an occasion of {@code type}. */
  public boolean countOn(OccasionType type) {
    return occasions.contains(type);
  }
}
