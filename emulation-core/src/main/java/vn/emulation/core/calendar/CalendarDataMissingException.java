package vn.emulation.core.calendar;

import java.time.LocalDate;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * A count of working days reached a day the calendar holds no data for: a year no notice was
 * recorded for, or a day whose status the recorded notices leave open. The count is refused rather
 * than guessed; the year's notice must be added to the calendar first.
 */
public class CalendarDataMissingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final LocalDate day;
  private final transient LocalizedText reason;

  private CalendarDataMissingException(LocalDate day, LocalizedText reason) {
    super(reason.en());
    this.day = day;
    this.reason = reason;
  }

  static CalendarDataMissingException noYear(LocalDate day) {
    return new CalendarDataMissingException(
        day, Messages.text("calendar.noYear", day.getYear(), day));
  }

  static CalendarDataMissingException unknownDay(LocalDate day, UnknownDays run) {
    return new CalendarDataMissingException(
        day, Messages.text("calendar.unknownDay", day, run.from(), run.to(), run.reason()));
  }

  /** The first day the calendar could not answer for. */
  public LocalDate day() {
    return day;
  }

  public LocalizedText reason() {
    return reason;
  }
}
