package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.calendar.CalendarDataMissingException;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.Announcement;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.LawRuleSet;

/**
 * Counts each form's announcement period, turning what the law or the calendar cannot answer into
 * problems.
 */
final class AnnouncementPeriods {

  private AnnouncementPeriods() {}

  static void count(
      LawRuleSet law,
      WorkingCalendar calendar,
      LocalDate day,
      List<Nominee> nominees,
      List<AnnouncementPeriod> into,
      ProblemCollector problems) {
    if (law.inForceOn(day).isEmpty()) {
      problems.add("publishedOn", Messages.text("procedure.announcement.noLawOn", day, law.code()));
      return;
    }
    Set<String> forms = new LinkedHashSet<>();
    nominees.forEach(n -> forms.add(n.form()));
    for (String form : forms) {
      try {
        Optional<Announcement> a = law.announcementOf(form, day);
        if (a.isEmpty()) {
          into.add(new AnnouncementPeriod(form, 0, null, day));
        } else {
          int n = a.get().workingDays();
          String cites = law.governing(day).quote(a.get().citation());
          into.add(new AnnouncementPeriod(form, n, cites, calendar.addWorkingDays(day, n)));
        }
      } catch (LawNotInForceException e) {
        problems.add("publishedOn", e.reason());
      } catch (CalendarDataMissingException e) {
        problems.add("publishedOn", e.reason());
      }
    }
  }
}
