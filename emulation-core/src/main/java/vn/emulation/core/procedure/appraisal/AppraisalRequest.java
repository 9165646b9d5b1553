package vn.emulation.core.procedure.appraisal;

import java.time.Instant;
import java.util.Objects;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.Nomination;

/**
 * One appraisal asked for: which nomination, the conclusion, why, and why it departs from the
 * stored verdict where it does. Immutable.
 *
 * @param nominationId the nomination appraised
 * @param decision the conclusion
 * @param reason why; required unless eligible
 * @param departureReason why the conclusion departs from the stored verdict; required where it does
 */
public record AppraisalRequest(
    String nominationId, AppraisalDecision decision, String reason, String departureReason) {

  public AppraisalRequest {
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * The nomination appraised as asked, by its named command.
   *
   * @param calendar the working days, for a return
   * @param correctionWorkingDays the working days a returned nomination has to be corrected in
   */
  public Nomination applyTo(
      Nomination nomination,
      WorkingCalendar calendar,
      int correctionWorkingDays,
      String appraiser,
      Instant at) {
    return switch (decision) {
      case ELIGIBLE -> nomination.findEligible(reason, departureReason, appraiser, at);
      case NOT_ELIGIBLE -> nomination.findNotEligible(reason, departureReason, appraiser, at);
      case RETURN_FOR_CORRECTION ->
          nomination.returnForCorrection(reason, calendar, correctionWorkingDays, appraiser, at);
    };
  }
}
