package vn.emulation.core.procedure.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is told of what (issue 13, ADR 0046), for every step of the procedure alike:
 *
 * <ul>
 *   <li>a case <b>sent</b> ({@code submit}): Home Affairs, who answer it;
 *   <li>a case <b>returned</b> ({@code return}), with its reason: the unit's staff, who correct it;
 *   <li>a case <b>accepted or approved</b> ({@code accept}, {@code approve}): the unit's staff, its
 *       result;
 *   <li>an approved case <b>reopened</b> ({@code reopen}), with its reason: the unit's staff;
 *   <li>a <b>deadline</b> coming near — from {@code daysAhead} days before it up to its day — for a
 *       unit that has not yet done what it asks: the unit's staff.
 * </ul>
 *
 * Every other command (open, amend …) tells nobody: whoever gave it knows.
 */
public final class NoticeRule {

  /** The commands that tell someone, by the names every step's lifecycle gives them. */
  public static final String SUBMIT = "submit";

  public static final String RETURN = "return";
  public static final String ACCEPT = "accept";
  public static final String APPROVE = "approve";
  public static final String REOPEN = "reopen";

  private NoticeRule() {}

  /**
   * The notice of a case's transition, or none for a command that tells nobody.
   *
   * @param caseKind the case's kind ("registration", "report" …)
   * @param caseId the case
   * @param planCode its plan
   * @param unitCode its unit
   * @param command the command it took, as its lifecycle names it
   * @param reason the reason given with it, {@code null} when none
   */
  public static Optional<Notice> ofTransition(
      String caseKind,
      String caseId,
      String planCode,
      String unitCode,
      String command,
      String reason) {
    Objects.requireNonNull(command, "command");
    NoticeKind kind;
    Audience audience;
    switch (command) {
      case SUBMIT -> {
        kind = NoticeKind.SUBMITTED;
        audience = Audience.homeAffairs();
      }
      case RETURN -> {
        kind = NoticeKind.RETURNED;
        audience = Audience.unitStaff(unitCode);
      }
      case ACCEPT, APPROVE -> {
        kind = NoticeKind.ACCEPTED;
        audience = Audience.unitStaff(unitCode);
      }
      case REOPEN -> {
        kind = NoticeKind.REOPENED;
        audience = Audience.unitStaff(unitCode);
      }
      default -> {
        return Optional.empty();
      }
    }
    boolean withReason = kind == NoticeKind.RETURNED || kind == NoticeKind.REOPENED;
    return Optional.of(
        new Notice(
            kind,
            audience,
            caseKind,
            caseId,
            planCode,
            unitCode,
            withReason ? reason : null,
            null));
  }

  /**
   * The reminder of a deadline to a unit that has not yet done what it asks, on {@code today}: from
   * {@code daysAhead} days before the deadline up to the deadline's day itself; none before that,
   * after it (then the unit is overdue, another list), or when the unit has done it.
   *
   * @param deadlineCode the deadline's code in the plan
   * @param dueOn the deadline's day, its last day
   * @param done whether the unit has done what the deadline asks (its registration sent and held)
   * @param daysAhead how many days before the deadline the reminder starts, 0 or more
   */
  public static Optional<Notice> deadlineApproaching(
      String planCode,
      String deadlineCode,
      LocalDate dueOn,
      String unitCode,
      boolean done,
      LocalDate today,
      int daysAhead) {
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(today, "today");
    if (daysAhead < 0) {
      throw new IllegalArgumentException("a reminder comes 0 or more days ahead: " + daysAhead);
    }
    long left = ChronoUnit.DAYS.between(today, dueOn);
    if (done || left < 0 || left > daysAhead) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(
            NoticeKind.DEADLINE_APPROACHING,
            Audience.unitStaff(unitCode),
            "deadline",
            deadlineCode,
            planCode,
            unitCode,
            null,
            dueOn));
  }
}
