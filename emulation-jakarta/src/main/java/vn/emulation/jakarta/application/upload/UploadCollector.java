package vn.emulation.jakarta.application.upload;

import java.text.NumberFormat;
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
 * Receives the rows of a sheet in order, whatever the file format: the first non-blank row is the
 * header, blank rows are skipped, every other row is checked. It keeps the measurements while the
 * file is clean and only the problems once it is not. One per file; not thread-safe.
 */
final class UploadCollector {

  static final String WHAT = "measurement file";
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final RowChecker checker;
  private final UploadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private List<Measurement> measurements = new ArrayList<>();
  private HeaderLayout layout;
  private int dataRows;
  private long unlisted;

  UploadCollector(RowChecker checker, UploadLimits limits) {
    this.checker = checker;
    this.limits = limits;
  }

  /**
   * One row of the sheet, its cells as text ({@code ""} or {@code null} for empty ones).
   *
   * @throws InvalidInputException at once for a wrong header or for a row past the limit
   */
  void row(int rowNumber, List<String> cells) {
    if (Cells.allBlank(cells)) {
      return;
    }
    if (layout == null) {
      layout = HeaderLayout.of(cells);
      return;
    }
    if (++dataRows > limits.maxRows()) {
      throw single(
          "rows", AdapterMessages.text("upload.fileMoreDataRows", limits.maxRows(), rowNumber));
    }
    ProblemCollector rowProblems = new ProblemCollector();
    Optional<MeasurementRow> row = checker.check(rowNumber, cells, layout, rowProblems);
    if (rowProblems.isEmpty() && measurements != null) {
      row.map(MeasurementRow::toMeasurement).ifPresent(measurements::add);
      return;
    }
    measurements = null;
    for (Problem problem : rowProblems.problems()) {
      if (problems.size() < limits.maxListedProblems()) {
        problems.add(problem);
      } else {
        unlisted++;
      }
    }
  }

  /** Records that the file could not be read on; nothing of it will be kept. */
  void fail(String path, LocalizedText reason) {
    measurements = null;
    problems.add(new Problem(path, reason));
  }

  /** The measurements of a clean file, in row order, or every problem found. */
  List<Measurement> finish() {
    if (problems.isEmpty() && layout == null) {
      throw single("file", AdapterMessages.text("upload.fileNoHeaderRow"));
    }
    if (problems.isEmpty() && dataRows == 0) {
      throw single("rows", AdapterMessages.text("upload.fileHeaderRowBut"));
    }
    if (unlisted > 0) {
      long total = problems.size() + unlisted;
      problems.add(new Problem("rows", more(unlisted, total)));
      throw new InvalidInputException(WHAT, problems, total);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(WHAT, problems);
    }
    return measurements;
  }

  /** The closing line of a list cut short: how many more problems there are. */
  static LocalizedText more(long unlisted, long total) {
    return AdapterMessages.text(
        "upload.moreNotListedHere",
        grouped(unlisted, VI),
        grouped(total, VI),
        grouped(unlisted, Locale.ENGLISH),
        grouped(total, Locale.ENGLISH));
  }

  /** 999.900 in Vietnamese, 999,900 in English (a NumberFormat is not thread-safe: one each). */
  static String grouped(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  static InvalidInputException single(String path, LocalizedText reason) {
    return new InvalidInputException(WHAT, List.of(new Problem(path, reason)));
  }
}
