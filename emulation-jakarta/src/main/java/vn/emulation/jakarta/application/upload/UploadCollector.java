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
          "rows",
          "Tệp có hơn " + limits.maxRows() + " dòng số liệu (dòng " + rowNumber + ")",
          "The file has more than " + limits.maxRows() + " data rows (row " + rowNumber + ")");
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
  void fail(String path, String vi, String en) {
    measurements = null;
    problems.add(new Problem(path, LocalizedText.of(vi, en)));
  }

  /** The measurements of a clean file, in row order, or every problem found. */
  List<Measurement> finish() {
    if (problems.isEmpty() && layout == null) {
      throw single(
          "file",
          "Tệp không có dòng tiêu đề nào: tệp trống",
          "The file has no header row: it is empty");
    }
    if (problems.isEmpty() && dataRows == 0) {
      throw single(
          "rows",
          "Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào",
          "The file has a header row but no data rows");
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
    return LocalizedText.of(
        "…và "
            + grouped(unlisted, VI)
            + " lỗi khác không liệt kê ra đây (tổng cộng "
            + grouped(total, VI)
            + " lỗi)",
        "…and "
            + grouped(unlisted, Locale.ENGLISH)
            + " more not listed here ("
            + grouped(total, Locale.ENGLISH)
            + " in all)");
  }

  /** 999.900 in Vietnamese, 999,900 in English (a NumberFormat is not thread-safe: one each). */
  static String grouped(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  static InvalidInputException single(String path, String vi, String en) {
    return new InvalidInputException(WHAT, List.of(new Problem(path, LocalizedText.of(vi, en))));
  }
}
