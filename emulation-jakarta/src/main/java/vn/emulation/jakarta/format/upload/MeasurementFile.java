package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.upload.Column;
import vn.emulation.jakarta.application.upload.MeasurementSheet;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.SheetRows;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.application.upload.UploadRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads a bulk upload of measurements (báo cáo kết quả), CSV or XLSX, all or nothing.
 *
 * <p>This is the file format; the rules each row obeys are the application's ({@link UploadRules}),
 * which {@link #sheet} hands the rows to. The file has a header row naming the columns {@code
 * indicator,unit,year,breakdown,numerator,denominator,value} (any order), then one row per
 * measurement: a ratio of counts (numerator and denominator, value empty) or a plain value
 * (numerator and denominator empty). Every row is checked against the plan and the known units, and
 * either every row becomes a measurement or one {@link InvalidInputException} lists every problem,
 * each at a path such as {@code rows[7].numerator} (row 1 being the header, as a spreadsheet
 * numbers it) with a reason in Vietnamese and English that names the bad value.
 *
 * <p>The format is told by the content (a ZIP is an XLSX; UTF-8 text is CSV); a file name or media
 * type declaring the other format is refused rather than trusted. The content's SHA-256 comes back
 * with the measurements, so that storing the same file twice can be done once. The server hands
 * over the file as it received it to disk ({@link UploadContent}), read as a stream or by random
 * access, never whole; tests may give bytes. Immutable and thread-safe.
 */
public final class MeasurementFile {

  /** The name of the data sheet, in the templates and in the files filled in from them. */
  public static final String DATA_SHEET = XlsxSheet.DATA_SHEET;

  // Excel's widest sheet: trailing empty cells up to it are a spreadsheet's, more are not.
  private static final int MAX_COLUMNS = 16_384;
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final UploadLimits limits;

  public MeasurementFile(UploadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with {@link UploadLimits#DEFAULT}. */
  public MeasurementFile() {
    this(UploadLimits.DEFAULT);
  }

  public UploadLimits limits() {
    return limits;
  }

  /**
   * Reads an uploaded file.
   *
   * @param content the file's bytes, as uploaded
   * @param filenameOrMediaType the file's name or media type, or {@code null} when unknown
   * @param plan the plan the measurements report on: its indicators and period
   * @param knownUnitCodes the codes of the units that may report
   * @return every measurement of the file, its format and its SHA-256
   * @throws InvalidInputException listing every problem, when there is any
   */
  public ParsedUpload parse(
      byte[] content, String filenameOrMediaType, Plan plan, Set<String> knownUnitCodes) {
    Objects.requireNonNull(knownUnitCodes, "knownUnitCodes");
    return parse(content, filenameOrMediaType, plan, UnitYears.always(knownUnitCodes));
  }

  /**
   * Reads an uploaded file, checking also that each row's unit existed in the row's year.
   *
   * @param content the file's bytes, as uploaded
   * @param filenameOrMediaType the file's name or media type, or {@code null} when unknown
   * @param plan the plan the measurements report on: its indicators and period
   * @param unitYears the units that may report, each with the years it existed in, at least in part
   *     ({@link UnitYears#ALWAYS} where that does not matter)
   * @return every measurement of the file, its format and its SHA-256
   * @throws InvalidInputException listing every problem, when there is any
   */
  public ParsedUpload parse(
      byte[] content, String filenameOrMediaType, Plan plan, Map<String, YearPeriod> unitYears) {
    return parse(content, filenameOrMediaType, plan, unitYears, Map.of());
  }

  /**
   * Reads an uploaded file, checking also that each row's unit existed in the row's year and that a
   * unit of its level may report the row's indicator ({@link ReportingRule}: a ward does not report
   * a city-level figure).
   *
   * @param content the file's bytes, as uploaded
   * @param filenameOrMediaType the file's name or media type, or {@code null} when unknown
   * @param plan the plan the measurements report on: its indicators, targets and period
   * @param unitYears the units that may report, each with the years it existed in, at least in part
   *     ({@link UnitYears#ALWAYS} where that does not matter)
   * @param unitLevels the level of each unit; a unit missing here is not checked for its level
   * @return every measurement of the file, its format and its SHA-256
   * @throws InvalidInputException listing every problem, when there is any
   */
  public ParsedUpload parse(
      byte[] content,
      String filenameOrMediaType,
      Plan plan,
      Map<String, YearPeriod> unitYears,
      Map<String, UnitLevel> unitLevels) {
    Objects.requireNonNull(content, "content");
    return parse(UploadContent.of(content), filenameOrMediaType, plan, unitYears, unitLevels);
  }

  /**
   * Reads an uploaded file as the server receives it, from a temporary file (or an array), with the
   * checks of {@link #parse(byte[], String, Plan, Map, Map)}. The content is read as a stream (CSV)
   * or by random access to its parts (XLSX), never held whole; it is not closed here.
   *
   * @param content the file's bytes, as uploaded, with their SHA-256
   * @param filenameOrMediaType the file's name or media type, or {@code null} when unknown
   * @param plan the plan the measurements report on: its indicators, targets and period
   * @param unitYears the units that may report, each with the years it existed in, at least in part
   *     ({@link UnitYears#ALWAYS} where that does not matter)
   * @param unitLevels the level of each unit; a unit missing here is not checked for its level
   * @return every measurement of the file, its format and its SHA-256
   * @throws InvalidInputException listing every problem, when there is any
   */
  public ParsedUpload parse(
      UploadContent content,
      String filenameOrMediaType,
      Plan plan,
      Map<String, YearPeriod> unitYears,
      Map<String, UnitLevel> unitLevels) {
    Objects.requireNonNull(content, "content");
    return UploadRules.check(
        sheet(content, filenameOrMediaType),
        content.sha256(),
        plan,
        unitYears,
        unitLevels,
        limits.maxListedProblems());
  }

  /**
   * The file as the use case reads it ({@link MeasurementSheet}): nothing is read until it asks.
   *
   * @param content the file's bytes, as uploaded, with their SHA-256; not closed here
   * @param filenameOrMediaType the file's name or media type, or {@code null} when unknown
   */
  public MeasurementSheet sheet(UploadContent content, String filenameOrMediaType) {
    Objects.requireNonNull(content, "content");
    return rows -> read(content, filenameOrMediaType, rows);
  }

  /**
   * The upload command for a received file: its name, media type, SHA-256 and size, and the file to
   * read ({@link #sheet}).
   */
  public UploadedFile uploaded(UploadContent content, String filename, String mediaType) {
    return new UploadedFile(
        filename,
        mediaType,
        content.sha256(),
        content.size(),
        sheet(content, filename != null ? filename : mediaType));
  }

  private UploadFormat read(UploadContent content, String filenameOrMediaType, SheetRows rows) {
    UploadFormat format = formatOf(content, filenameOrMediaType, limits);
    if (format == UploadFormat.CSV) {
      csv(content, rows);
    } else {
      xlsx(content, rows);
    }
    return format;
  }

  /**
   * The format of an uploaded sheet, told by its content, once it is known to be neither empty nor
   * too large nor of another format than its name or media type declares; any upload of a sheet
   * (measurements, history) is checked so.
   */
  static UploadFormat formatOf(
      UploadContent content, String filenameOrMediaType, UploadLimits limits) {
    if (content.size() == 0) {
      throw UploadProblems.single("file", AdapterMessages.text("upload.fileEmpty"));
    }
    if (content.size() > limits.maxBytes()) {
      throw UploadProblems.single(
          "file",
          AdapterMessages.text("upload.fileBytesMoreLimit", content.size(), limits.maxBytes()));
    }
    UploadFormat format = ContentSniffer.formatOf(content.head());
    Optional<UploadFormat> declared = UploadFormat.declaredBy(filenameOrMediaType);
    if (declared.isPresent() && declared.get() != format) {
      throw mismatch(filenameOrMediaType, declared.get(), format);
    }
    return format;
  }

  private void csv(UploadContent content, SheetRows rules) {
    char delimiter;
    int headerCells;
    try (InputStream first = content.open();
        InputStream again = content.open()) {
      delimiter = CsvSheet.delimiterOf(first);
      headerCells = CsvSheet.firstLineCells(again, delimiter, MAX_COLUMNS);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded file failed", e);
    }
    if (headerCells > MAX_COLUMNS) {
      throw UploadProblems.single(
          "header",
          AdapterMessages.text(
              "upload.firstLineFileMore",
              UploadProblems.grouped(MAX_COLUMNS, VI),
              Column.values().length,
              Column.headerLine(","),
              UploadProblems.grouped(MAX_COLUMNS, Locale.ENGLISH)));
    }
    DataRows rows = new DataRows(rules, limits, delimiter == ';');
    try {
      CsvSheet.read(content.open(), delimiter, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded file failed", e);
    }
    rows.finish();
  }

  private void xlsx(UploadContent content, SheetRows rules) {
    DataRows rows = new DataRows(rules, limits, false);
    XlsxSheet.read(content, limits, rows);
    rows.finish();
  }

  private static InvalidInputException mismatch(
      String declaredBy, UploadFormat declared, UploadFormat actual) {
    boolean zip = actual == UploadFormat.XLSX;
    return UploadProblems.single(
        "file",
        AdapterMessages.text(
            "upload.fileDeclaredButContent",
            declared,
            UploadProblems.shown(declaredBy),
            (zip ? "XLSX (ZIP)" : AdapterMessages.text("upload.format.csvText").vi()),
            (zip ? "XLSX (ZIP)" : AdapterMessages.text("upload.format.csvText").en())));
  }
}
