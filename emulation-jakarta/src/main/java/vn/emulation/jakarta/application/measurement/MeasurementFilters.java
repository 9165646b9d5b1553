package vn.emulation.jakarta.application.measurement;

import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.messages.AdapterMessages;

/** Small checks of what a client sends about reports: a year, a file's name and type. */
final class MeasurementFilters {

  /** The longest file name kept (the column's width). */
  static final int MAX_FILENAME = 300;

  private MeasurementFilters() {}

  /**
   * An optional year (read at the edge) within the plan period; {@code null} when absent or after a
   * problem.
   */
  static Integer year(Plan plan, Integer year, ProblemCollector problems) {
    YearPeriod period = plan.identity().period();
    if (year == null || period.contains(year)) {
      return year;
    }
    problems.add("year", AdapterMessages.text("upload.yearOutsidePlanPeriod", year, period));
    return null;
  }

  /** Refuses a file whose name and media type declare different formats. */
  static void declaredTypesAgree(UploadedFile file) {
    Optional<UploadFormat> byName = UploadFormat.declaredBy(file.filename());
    Optional<UploadFormat> byType = UploadFormat.declaredBy(file.mediaType());
    if (byName.isPresent() && byType.isPresent() && byName.get() != byType.get()) {
      ProblemCollector problems = new ProblemCollector();
      problems.add(
          "file",
          AdapterMessages.text(
              "measurement.fileNameSaysBut",
              file.filename(),
              byName.get(),
              file.mediaType(),
              byType.get()));
      problems.throwIfAny("measurement file");
    }
  }

  /** The name to keep: the last part of what was sent, or one made up from the format. */
  static String filename(String sent, UploadFormat format) {
    String name = sent == null ? "" : sent.strip();
    // browsers on Windows may send the whole path (C:\fakepath\bao-cao.csv)
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty()) {
      return "upload" + format.extension();
    }
    return name.length() > MAX_FILENAME ? name.substring(0, MAX_FILENAME) : name;
  }
}
