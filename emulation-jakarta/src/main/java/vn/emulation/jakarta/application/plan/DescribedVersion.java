package vn.emulation.jakarta.application.plan;

import java.util.Objects;
import vn.emulation.core.plan.PlanIdentity;

/**
 * A stored plan version with what its document says of itself (number, day of issue, status), which
 * the list of a plan's versions shows. Immutable.
 *
 * @param stored what is stored of the version
 * @param identity the identity its document gives
 */
public record DescribedVersion(StoredPlan stored, PlanIdentity identity) {

  public DescribedVersion {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(identity, "identity");
  }
}
