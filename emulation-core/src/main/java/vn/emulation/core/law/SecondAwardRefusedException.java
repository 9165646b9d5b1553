package vn.emulation.core.law;

import java.util.List;
import vn.emulation.core.common.LocalizedText;

/** A second award for one achievement was refused (Law art. 5.2.c); names the claims holding it. */
public class SecondAwardRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;
  private final transient AwardClaim proposed;
  private final transient List<AwardClaim> conflicts;

  public SecondAwardRefusedException(
      LocalizedText reason, AwardClaim proposed, List<AwardClaim> conflicts) {
    super(reason.en());
    this.reason = reason;
    this.proposed = proposed;
    this.conflicts = List.copyOf(conflicts);
  }

  public LocalizedText reason() {
    return reason;
  }

  public AwardClaim proposed() {
    return proposed;
  }

  /** The claims that already hold the achievement; never empty. */
  public List<AwardClaim> conflicts() {
    return conflicts;
  }
}
