package vn.emulation.jakarta.format.upload;

import vn.emulation.jakarta.application.upload.UploadRules;

/**
 * How much one upload may hold, so that a single request cannot exhaust the server. Immutable and
 * thread-safe.
 *
 * @param maxBytes the largest file accepted, in bytes, as uploaded (compressed, for XLSX)
 * @param maxRows the most data rows accepted (the header and blank rows do not count)
 * @param maxListedProblems the most problems listed one by one; beyond it the rest are counted in
 *     one closing problem, so a file of garbage does not produce a response of millions of lines
 */
public record UploadLimits(long maxBytes, int maxRows, int maxListedProblems) {

  /** Problems listed one by one unless said otherwise. */
  public static final int DEFAULT_LISTED_PROBLEMS = UploadRules.LISTED_PROBLEMS;

  /** 64 MiB and a million rows: a whole city's reports for the plan period, with room. */
  public static final UploadLimits DEFAULT = new UploadLimits(64L << 20, 1_000_000);

  // What one data row may take once unpacked from an XLSX, generously: seven cells of XML with
  // their references, styles and Excel's row attributes take 250 to 350 bytes.
  private static final long SHEET_BYTES_PER_ROW = 512;
  // What the shared strings of one row may add: an upload's texts are mostly codes that repeat
  // (indicators, units, breakdowns); a few unique ones per row are already generous.
  private static final long SHARED_STRING_BYTES_PER_ROW = 16;
  // The title rows, the indicator and unit sheets of a template, and the like.
  private static final long SHEET_BYTES_OVERHEAD = 1L << 20;
  // Styles, themes, relationships and the other parts every workbook has.
  private static final long OTHER_BYTES = 16L << 20;

  public UploadLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was: " + maxBytes);
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be positive, was: " + maxRows);
    }
    if (maxListedProblems < 1) {
      throw new IllegalArgumentException(
          "maxListedProblems must be positive, was: " + maxListedProblems);
    }
  }

  /** Limits listing up to {@value #DEFAULT_LISTED_PROBLEMS} problems. */
  public UploadLimits(long maxBytes, int maxRows) {
    this(maxBytes, maxRows, DEFAULT_LISTED_PROBLEMS);
  }

  /**
   * The most the worksheets of an XLSX may unpack to, all together: what {@link #maxRows()} rows
   * can legitimately take and no more, so that a sheet too large for the row limit is refused
   * before it is read (whatever its compression ratio).
   */
  public long maxUnpackedSheetBytes() {
    return SHEET_BYTES_OVERHEAD + maxRows * SHEET_BYTES_PER_ROW;
  }

  /**
   * The most the shared strings of an XLSX may unpack to. They are the one part a streaming reader
   * must hold whole (cells refer to them by number), so they are bounded on their own.
   */
  public long maxUnpackedSharedStringsBytes() {
    return SHEET_BYTES_OVERHEAD + maxRows * SHARED_STRING_BYTES_PER_ROW;
  }

  /** The most every other part of an XLSX together may unpack to (styles, theme, relations). */
  public long maxUnpackedOtherBytes() {
    return OTHER_BYTES;
  }

  /** The most an XLSX may unpack to, all its parts together. */
  public long maxUnpackedBytes() {
    return maxUnpackedSheetBytes() + maxUnpackedSharedStringsBytes() + maxUnpackedOtherBytes();
  }
}
