package vn.emulation.jakarta.application.upload;

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
  public static final int DEFAULT_LISTED_PROBLEMS = 1_000;

  /** 64 MiB and a million rows: a whole city's reports for the plan period, with room. */
  public static final UploadLimits DEFAULT = new UploadLimits(64L << 20, 1_000_000);

  // What one data row may take once unpacked from an XLSX, generously: seven cells of XML with
  // their references and styles take about 300 bytes.
  private static final long UNPACKED_BYTES_PER_ROW = 1_024;
  // Styles, themes, shared strings and the other parts every workbook has.
  private static final long UNPACKED_BYTES_OVERHEAD = 16L << 20;

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
   * The most an XLSX may unpack to, all its parts together: what {@link #maxRows()} rows can
   * legitimately take, and no more, so that a small "zip bomb" is rejected before it is opened.
   */
  public long maxUnpackedBytes() {
    return UNPACKED_BYTES_OVERHEAD + maxRows * UNPACKED_BYTES_PER_ROW;
  }
}
