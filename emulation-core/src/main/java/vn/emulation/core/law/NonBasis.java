package vn.emulation.core.law;

import java.util.Objects;
import java.util.Set;

/**
 * The types of award that may not serve as the basis for a higher one (Decree 98/2023 and 152/2025
 * art. 4.3: sudden and thematic awards are no basis for a higher award for merit). Immutable.
 *
 * @param types the types that do not count as an earlier form
 * @param citation the provision
 */
public record NonBasis(Set<AwardType> types, Citation citation) {

  public NonBasis {
    types = Set.copyOf(types);
    Objects.requireNonNull(citation, "citation");
  }

  /** Whether an award of {@code type} may serve as an earlier form. */
  public boolean counts(AwardType type) {
    return !types.contains(type);
  }
}
