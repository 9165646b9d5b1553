package vn.emulation.jakarta.application.procedure;

import java.time.Instant;
import java.util.Objects;
import vn.emulation.core.procedure.nomination.Nomination;

/**
 * A nomination as the procedure keeps it: the core's case, the plan it belongs to, and who opened
 * it when (the core's nomination knows neither: its rules do not depend on them). Immutable.
 *
 * @param planCode the plan whose occasion and form it names
 * @param nomination the case, with its log
 * @param openedBy the user who opened it
 * @param openedAt when, to the millisecond
 */
public record StoredNomination(
    String planCode, Nomination nomination, String openedBy, Instant openedAt) {

  public StoredNomination {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(nomination, "nomination");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /** The same case after a command. */
  public StoredNomination with(Nomination next) {
    if (!next.id().equals(nomination.id())) {
      throw new IllegalArgumentException(next.id() + " is not " + nomination.id());
    }
    return new StoredNomination(planCode, next, openedBy, openedAt);
  }

  public String id() {
    return nomination.id();
  }

  public String unitCode() {
    return nomination.unitCode();
  }

  public long version() {
    return nomination.version();
  }
}
