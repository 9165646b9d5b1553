package vn.emulation.jakarta.application.measurement;

import java.math.BigDecimal;
import java.util.List;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.upload.MeasurementSheet;

/**
 * What a unit reports (báo cáo kết quả) and what a reader asks of the reports, as the client sends
 * them. Figures keep their JSON types; the query's parameters are read at the edge, what did not
 * read handed over beside it, so that the use cases ({@link MeasurementReports}, {@link
 * MeasurementUploads}) report every problem of a request at once.
 */
public final class MeasurementCommands {

  private MeasurementCommands() {}

  /**
   * One value reported by a unit for an indicator and a year: either a ratio of counts (numerator
   * and denominator, where the data is countable) or a plain value, never both. A second report for
   * the same indicator, unit, year and breakdown corrects the first.
   *
   * @param indicatorCode the plan's indicator (G2)
   * @param unitCode the reporting unit, existing during that year
   * @param year the year the figure describes, within the plan period
   * @param breakdown the breakdown (a sector for E2); absent for the overall figure
   * @param numerator the count that satisfies the indicator, not above the denominator
   * @param denominator the count it is a share of
   * @param value a plain value, for indicators not summed up as a ratio of sums
   */
  public record MeasurementReport(
      String indicatorCode,
      String unitCode,
      Integer year,
      String breakdown,
      Long numerator,
      Long denominator,
      BigDecimal value) {}

  /**
   * Which stored values to list.
   *
   * @param unit only this unit's values (its code); any when absent
   * @param indicator only this indicator's values; any when absent
   * @param year only this year's values; any when absent
   * @param page the page asked for
   */
  public record MeasurementQuery(String unit, String indicator, Integer year, PageRequest page) {

    /** Its parameters, in the order their problems are named. */
    public static final List<String> FIELDS = List.of("page", "size", "year", "indicator", "unit");
  }

  /**
   * A file sent for bulk upload, as the edge received it: what the client said of it, what its
   * bytes are, and the file to read, by the adapter of its format (the use case never sees bytes).
   *
   * @param filename its name, when the client gave one
   * @param mediaType its declared media type, when the client gave one
   * @param sha256 the SHA-256 of its bytes, 64 lower-case hexadecimal digits: the same file sent
   *     again is recognised by it
   * @param size its size in bytes
   * @param sheet its rows, read when the use case asks; whoever received the file deletes it
   *     afterwards
   */
  public record UploadedFile(
      String filename, String mediaType, String sha256, long size, MeasurementSheet sheet) {}
}
