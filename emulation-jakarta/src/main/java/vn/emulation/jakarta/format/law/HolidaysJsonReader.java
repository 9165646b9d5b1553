package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.DATE;
import static vn.emulation.jakarta.format.plan.FieldType.STRING;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.calendar.DayOff;
import vn.emulation.core.calendar.HolidayYear;
import vn.emulation.core.calendar.UnknownDays;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.calendar.WorkingWeekend;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the working-day calendar ({@code emulation-holidays/1}, {@code docs/law-format.md}) into a
 * {@link WorkingCalendar}: every problem at its path at once, a year given twice included; a day
 * outside its year or a working weekend that is no weekend is a problem at the day. The years the
 * file leaves out ({@code omittedYears}, with the reason) are read as documentation: the calendar
 * refuses them like any year it does not hold. Immutable and thread-safe.
 */
public final class HolidaysJsonReader {

  /** The one format this adapter reads. */
  public static final String FORMAT = "emulation-holidays/1";

  private static final String WHAT = "holiday file";

  public WorkingCalendar read(InputStream in) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
  }

  public WorkingCalendar read(String json) {
    return read(new StringReader(json));
  }

  public WorkingCalendar read(Reader in) {
    ProblemCollector problems = new ProblemCollector();
    JsonFields doc = JsonInput.root(in, problems);
    problems.throwIfAny(WHAT);
    JsonInput.format(doc, FORMAT);
    String calendar = doc.required("calendar", STRING);
    List<HolidayYear> years = doc.objects("years", HolidaysJsonReader::year);
    doc.optionalObjects("omittedYears", HolidaysJsonReader::omitted);
    doc.rejectUnknown();
    if (years != null) {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < years.size(); i++) {
        if (!seen.add(years.get(i).year())) {
          problems.add(
              "years[" + i + "].year",
              AdapterMessages.text("plan.listedTwice", years.get(i).year()));
        }
      }
    }
    problems.throwIfAny(WHAT);
    return WorkingCalendar.of(calendar, years);
  }

  private static HolidayYear year(JsonFields f) {
    Integer year = f.required("year", integer(1));
    List<String> sources = f.list("sources", STRING);
    List<DayOff> off = f.objects("daysOff", HolidaysJsonReader::dayOff);
    List<WorkingWeekend> worked = f.objects("workingWeekends", HolidaysJsonReader::weekend);
    List<UnknownDays> unknown = f.optionalObjects("unknownDays", HolidaysJsonReader::unknown);
    return allPresent(year, sources, off, worked, unknown)
        ? new HolidayYear(year, off, worked, unknown, sources)
        : null;
  }

  private static DayOff dayOff(JsonFields f) {
    LocalDate date = f.required("date", DATE);
    String name = f.required("name", STRING);
    String source = f.required("source", STRING);
    return allPresent(date, name, source) ? new DayOff(date, name, source) : null;
  }

  private static WorkingWeekend weekend(JsonFields f) {
    LocalDate date = f.required("date", DATE);
    String source = f.required("source", STRING);
    return allPresent(date, source) ? new WorkingWeekend(date, source) : null;
  }

  private static UnknownDays unknown(JsonFields f) {
    LocalDate from = f.required("from", DATE);
    LocalDate to = f.required("to", DATE);
    String reason = f.required("reason", STRING);
    return allPresent(from, to, reason) ? new UnknownDays(from, to, reason) : null;
  }

  private static Integer omitted(JsonFields f) {
    Integer year = f.required("year", integer(1));
    f.required("reason", STRING);
    return year;
  }
}
