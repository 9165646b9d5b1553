package vn.emulation.core.plan;

import java.util.Objects;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * A change of a plan version's status that its life does not allow: carries the reason in both
 * languages and the statuses that the version could take instead (empty when none).
 */
public class PlanStatusRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;
  private final transient Set<PlanStatus> allowed;

  public PlanStatusRefusedException(LocalizedText reason, Set<PlanStatus> allowed) {
    super(Objects.requireNonNull(reason, "reason").en());
    this.reason = reason;
    this.allowed = Set.copyOf(allowed);
  }

  /** Why, in Vietnamese and English. */
  public LocalizedText reason() {
    return reason;
  }

  /** The statuses the version may take from where it is. */
  public Set<PlanStatus> allowed() {
    return allowed;
  }
}
