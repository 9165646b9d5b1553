package vn.emulation.jakarta.application.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Receives the data rows of a file in order, whatever its format, and checks each one: it keeps the
 * measurements while the file is clean and only the problems once it is not, listing at most so
 * many of them and counting the rest. One per file; not thread-safe.
 */
final class UploadCollector implements SheetRows {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final RowChecker checker;
  private final int maxListedProblems;
  private final List<Problem> problems = new ArrayList<>();
  private List<Measurement> measurements = new ArrayList<>();
  private long unlisted;

  UploadCollector(RowChecker checker, int maxListedProblems) {
    this.checker = checker;
    this.maxListedProblems = maxListedProblems;
  }

  /** One data row of the sheet. */
  @Override
  public void row(SheetRow sheetRow) {
    ProblemCollector rowProblems = new ProblemCollector();
    Optional<MeasurementRow> row = checker.check(sheetRow, rowProblems);
    if (rowProblems.isEmpty() && measurements != null) {
      row.map(MeasurementRow::toMeasurement).ifPresent(measurements::add);
      return;
    }
    measurements = null;
    for (Problem problem : rowProblems.problems()) {
      if (problems.size() < maxListedProblems) {
        problems.add(problem);
      } else {
        unlisted++;
      }
    }
  }

  /** Records that the file could not be read on; nothing of it will be kept. */
  @Override
  public void fail(Problem problem) {
    measurements = null;
    problems.add(problem);
  }

  /** The measurements of a clean file, in row order, or every problem found. */
  List<Measurement> finish() {
    if (unlisted > 0) {
      long total = problems.size() + unlisted;
      problems.add(new Problem("rows", more(unlisted, total)));
      throw new InvalidInputException(UploadProblems.WHAT, problems, total);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(UploadProblems.WHAT, problems);
    }
    return measurements;
  }

  /** The closing line of a list cut short: how many more problems there are. */
  static LocalizedText more(long unlisted, long total) {
    return AdapterMessages.text(
        "upload.moreNotListedHere",
        UploadProblems.grouped(unlisted, VI),
        UploadProblems.grouped(total, VI),
        UploadProblems.grouped(unlisted, Locale.ENGLISH),
        UploadProblems.grouped(total, Locale.ENGLISH));
  }
}
