package vn.emulation.jakarta.application.participant.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Checks one row of a history file and makes the core's record of it: every problem of the row with
 * its column, each naming the bad value. The records validate themselves (an award annulled before
 * its decision is the core's refusal, said here at the row's column). Immutable.
 */
final class HistoryRowChecker {

  /** A record of a row and the participant it belongs to. */
  record Checked(String participantId, Object record) {}

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final int FIRST_YEAR = 1945;
  private static final int LAST_YEAR = 2100;

  private final Map<String, Participant> participants;
  private final Predicate<String> inScope;

  /**
   * @param participants the plan's participants by identifier
   * @param inScope whether the caller reaches a unit
   */
  HistoryRowChecker(Map<String, Participant> participants, Predicate<String> inScope) {
    this.participants = participants;
    this.inScope = inScope;
  }

  Optional<Checked> check(HistoryRow row, ProblemCollector problems) {
    String id = row.cell(HistoryColumn.PARTICIPANT);
    Participant p = participants.get(id);
    if (id.isEmpty()) {
      problems.add(row.path(HistoryColumn.PARTICIPANT), AdapterMessages.text("history.cellEmpty"));
    } else if (p == null || !inScope.test(p.unitCode())) {
      problems.add(
          row.path(HistoryColumn.PARTICIPANT),
          AdapterMessages.text("history.unknownParticipant", UploadProblems.shown(id)));
    }
    String kind = row.cell(HistoryColumn.RECORD).toLowerCase(Locale.ROOT);
    Object record =
        switch (kind) {
          case "rating" -> rating(row, problems);
          case "title" -> title(row, problems);
          case "initiative" -> initiative(row, problems);
          case "award" -> award(row, problems);
          default -> {
            problems.add(
                row.path(HistoryColumn.RECORD),
                AdapterMessages.text(
                    "history.unknownRecord", UploadProblems.shown(row.cell(HistoryColumn.RECORD))));
            yield null;
          }
        };
    if (record == null || p == null || !problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Checked(p.id(), record));
  }

  private static YearRating rating(HistoryRow row, ProblemCollector problems) {
    Integer year = year(row, problems);
    TaskRating rating = constant(row, HistoryColumn.VALUE, TaskRating.class, problems);
    return year == null || rating == null ? null : new YearRating(year, rating);
  }

  private static TitleRecord title(HistoryRow row, ProblemCollector problems) {
    Integer year = year(row, problems);
    String title = required(row, HistoryColumn.VALUE, problems);
    LocalDate revoked = optionalDate(row, HistoryColumn.REVOKED, problems);
    String decision = row.cell(HistoryColumn.DECISION);
    return year == null || title == null || !problems.isEmpty()
        ? null
        : new TitleRecord(year, title, decision.isEmpty() ? null : decision, revoked);
  }

  private static Initiative initiative(HistoryRow row, ProblemCollector problems) {
    String name = required(row, HistoryColumn.NAME, problems);
    InitiativeLevel level = constant(row, HistoryColumn.VALUE, InitiativeLevel.class, problems);
    LocalDate on = requiredDate(row, HistoryColumn.DATE, problems);
    return name == null || level == null || on == null ? null : new Initiative(name, level, on);
  }

  private static AwardRecord award(HistoryRow row, ProblemCollector problems) {
    String form = required(row, HistoryColumn.VALUE, problems);
    AwardType type = constant(row, HistoryColumn.TYPE, AwardType.class, problems);
    String decision = required(row, HistoryColumn.DECISION, problems);
    LocalDate on = requiredDate(row, HistoryColumn.DATE, problems);
    LocalDate revoked = optionalDate(row, HistoryColumn.REVOKED, problems);
    // the year of work it recognises, when the file says: it then holds that achievement
    Integer year = row.cell(HistoryColumn.YEAR).isEmpty() ? null : year(row, problems);
    if (form == null || type == null || decision == null || on == null || !problems.isEmpty()) {
      return null;
    }
    if (year != null && year > on.getYear()) {
      problems.add(
          row.path(HistoryColumn.YEAR),
          AdapterMessages.text("history.awardYearAfterDecision", year, on));
      return null;
    }
    if (revoked != null && revoked.isBefore(on)) {
      problems.add(
          row.path(HistoryColumn.REVOKED),
          AdapterMessages.text("history.revokedBeforeDecision", revoked, on));
      return null;
    }
    return new AwardRecord(form, type, decision, on, revoked, year);
  }

  private static String required(HistoryRow row, HistoryColumn column, ProblemCollector problems) {
    String cell = row.cell(column);
    if (cell.isEmpty()) {
      problems.add(row.path(column), AdapterMessages.text("history.cellEmpty"));
      return null;
    }
    return cell;
  }

  private static Integer year(HistoryRow row, ProblemCollector problems) {
    String cell = required(row, HistoryColumn.YEAR, problems);
    if (cell == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(cell);
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    problems.add(
        row.path(HistoryColumn.YEAR),
        AdapterMessages.text("history.badYear", UploadProblems.shown(cell), FIRST_YEAR, LAST_YEAR));
    return null;
  }

  private static <E extends Enum<E>> E constant(
      HistoryRow row, HistoryColumn column, Class<E> type, ProblemCollector problems) {
    String cell = required(row, column, problems);
    if (cell == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(
              ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      problems.add(
          row.path(column),
          AdapterMessages.text("history.unknownCode", UploadProblems.shown(cell), allowed));
      return null;
    }
  }

  private static LocalDate requiredDate(
      HistoryRow row, HistoryColumn column, ProblemCollector problems) {
    return required(row, column, problems) == null ? null : optionalDate(row, column, problems);
  }

  /** A date written {@code 2024-03-12} or, as a Vietnamese reader writes it, {@code 12/03/2024}. */
  private static LocalDate optionalDate(
      HistoryRow row, HistoryColumn column, ProblemCollector problems) {
    String cell = row.cell(column);
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return cell.contains("/") ? LocalDate.parse(cell, DAY_MONTH_YEAR) : LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      problems.add(
          row.path(column), AdapterMessages.text("history.badDate", UploadProblems.shown(cell)));
      return null;
    }
  }
}
