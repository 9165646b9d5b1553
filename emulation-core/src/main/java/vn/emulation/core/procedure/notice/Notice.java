package vn.emulation.core.procedure.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One notice the procedure gives: what it tells, to whom, about which case or deadline, and the
 * reason or the day it names. The words are the adapter's, in the recipient's language; the notice
 * holds only codes, ids, days and the reason as given. Immutable.
 *
 * @param kind what it tells
 * @param audience who receives it
 * @param caseKind the kind of case ("registration", "report" …), or {@code "deadline"}
 * @param caseId the case's id; for a deadline, the deadline's code
 * @param planCode the plan
 * @param unitCode the unit the case or the deadline concerns
 * @param reason the reason given with a return or a reopening, {@code null} when none
 * @param dueOn the deadline's day, {@code null} for a case's notice
 */
public record Notice(
    NoticeKind kind,
    Audience audience,
    String caseKind,
    String caseId,
    String planCode,
    String unitCode,
    String reason,
    LocalDate dueOn) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(caseKind, "caseKind");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    if (reason != null && reason.isBlank()) {
      reason = null;
    }
    if (kind == NoticeKind.DEADLINE_APPROACHING && dueOn == null) {
      throw new IllegalArgumentException("a deadline's notice names its day");
    }
  }

  public Optional<String> reasonIfAny() {
    return Optional.ofNullable(reason);
  }

  /**
   * What makes this notice the same as another, so that it is given once: the case's transition
   * (its case and the version it reached) or the deadline, the unit and the day.
   *
   * @param version the version the case reached, ignored for a deadline
   */
  public String key(long version) {
    return kind == NoticeKind.DEADLINE_APPROACHING
        ? "deadline:" + planCode + ":" + caseId + ":" + unitCode + ":" + dueOn
        : caseKind + ":" + caseId + ":" + version + ":" + kind;
  }
}
