package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long the nominees of one award form stay published: the working days the law in force on the
 * day of publication asks ({@code LawRuleSet.announcementOf}) and the last of them, counted on the
 * working calendar from the day after publication. Zero days and the day of publication when the
 * law asks for none. Immutable and thread-safe.
 *
 * @param form the rule set's code of the form
 * @param workingDays the working days required, 0 when none
 * @param cites the provision as quoted by the version in force; {@code null} when none is required
 * @param lastDay the last day of the period
 */
public record AnnouncementPeriod(String form, int workingDays, String cites, LocalDate lastDay) {

  public AnnouncementPeriod {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lastDay, "lastDay");
    if (workingDays < 0) {
      throw new IllegalArgumentException("negative working days for " + form + ": " + workingDays);
    }
  }
}
