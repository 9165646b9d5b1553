package vn.emulation.jakarta.application.participant.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Receives the data rows of a history file in order and checks each one, and the whole against what
 * is stored: a participant is rated once a year ({@link ParticipantHistory} holds that rule), so a
 * year rated twice in the file or already rated is a problem of its row. Keeps the records while
 * the file is clean and only the problems once it is not. One per file; not thread-safe.
 */
final class HistoryCollector implements HistoryRows {

  /** What the refusals of a history file are about. */
  static final String WHAT = "history file";

  private static final int MAX_LISTED = 1_000;

  private final HistoryRowChecker checker;
  private final Map<String, Set<Integer>> ratedYears;
  private final Map<String, Map<Integer, Integer>> ratedInFile = new HashMap<>();
  private final Map<String, Records> records = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int rows;

  /**
   * @param ratedYears the years already rated, by participant
   */
  HistoryCollector(HistoryRowChecker checker, Map<String, Set<Integer>> ratedYears) {
    this.checker = checker;
    this.ratedYears = ratedYears;
  }

  @Override
  public void row(HistoryRow row) {
    ProblemCollector rowProblems = new ProblemCollector();
    Optional<HistoryRowChecker.Checked> checked = checker.check(row, rowProblems);
    checked.ifPresent(c -> onceAYear(row, c, rowProblems));
    if (rowProblems.isEmpty() && checked.isPresent()) {
      HistoryRowChecker.Checked c = checked.get();
      records.computeIfAbsent(c.participantId(), id -> new Records()).add(c.record());
      rows++;
      return;
    }
    for (Problem p : rowProblems.problems()) {
      if (problems.size() < MAX_LISTED) {
        problems.add(p);
      }
    }
  }

  @Override
  public void fail(Problem problem) {
    problems.add(problem);
  }

  private void onceAYear(
      HistoryRow row, HistoryRowChecker.Checked c, ProblemCollector rowProblems) {
    if (!(c.record() instanceof YearRating r)) {
      return;
    }
    if (ratedYears.getOrDefault(c.participantId(), Set.of()).contains(r.year())) {
      rowProblems.add(
          row.path(HistoryColumn.YEAR),
          AdapterMessages.text("history.yearRatedAlready", c.participantId(), r.year()));
      return;
    }
    Integer earlier =
        ratedInFile
            .computeIfAbsent(c.participantId(), id -> new HashMap<>())
            .putIfAbsent(r.year(), row.number());
    if (earlier != null) {
      rowProblems.add(
          row.path(HistoryColumn.YEAR),
          AdapterMessages.text("history.yearRatedTwice", c.participantId(), r.year(), earlier));
    }
  }

  /** How many records a clean file held. */
  int rowCount() {
    return rows;
  }

  /** The records of a clean file by participant, in row order; or every problem found. */
  List<ParticipantHistory> finish() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(WHAT, problems);
    }
    return records.entrySet().stream().map(e -> e.getValue().history(e.getKey())).toList();
  }

  private static final class Records {
    final List<YearRating> ratings = new ArrayList<>();
    final List<TitleRecord> titles = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<AwardRecord> awards = new ArrayList<>();

    void add(Object record) {
      if (record instanceof YearRating r) {
        ratings.add(r);
      } else if (record instanceof TitleRecord t) {
        titles.add(t);
      } else if (record instanceof Initiative i) {
        initiatives.add(i);
      } else if (record instanceof AwardRecord a) {
        awards.add(a);
      } else {
        throw new IllegalArgumentException("not a history record: " + record);
      }
    }

    ParticipantHistory history(String id) {
      return new ParticipantHistory(id, ratings, titles, initiatives, awards, List.of());
    }
  }
}
