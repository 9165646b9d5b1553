package vn.emulation.jakarta.application.upload;

/**
 * The first row of each key of a file, compactly: the key (indicator, unit, year, breakdown) as
 * numbers packed into one {@code long}, in an open-addressing table of primitive arrays. A map of
 * key records to boxed row numbers took about 90 bytes a row; this takes 12 to 24. Not thread-safe.
 *
 * <p>The table grows by half at three quarters full (not by doubling at the next power of two), so
 * that two million keys take about 32 MB rather than 50, and a growth holds the old table and one
 * half as large again, not twice.
 */
final class FirstRows {

  private static final int INDICATOR_BITS = 10;
  private static final int YEAR_BITS = 8;
  private static final int UNIT_BITS = 20;
  private static final int BREAKDOWN_BITS = 64 - INDICATOR_BITS - YEAR_BITS - UNIT_BITS;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long[] keys = new long[1 << 10];
  private int[] rows = new int[1 << 10]; // 0: empty (data rows are numbered from 2)
  private int size;

  /** Whether numbers this large can be packed; a checker falls back to a map otherwise. */
  static boolean fits(int indicators, int units, int years) {
    return indicators <= 1 << INDICATOR_BITS && units <= 1 << UNIT_BITS && years <= 1 << YEAR_BITS;
  }

  /** Whether a breakdown numbered so can still be packed. */
  static boolean fitsBreakdown(int breakdown) {
    return breakdown < 1 << BREAKDOWN_BITS;
  }

  static long key(int indicator, int unit, int year, int breakdown) {
    return ((((long) indicator << YEAR_BITS | year) << UNIT_BITS | unit) << BREAKDOWN_BITS)
        | breakdown;
  }

  /** The row where {@code key} came first, or 0 when it did not come before (then it is now). */
  int putIfAbsent(long key, int row) {
    int slot = slot(key, keys.length);
    while (rows[slot] != 0) {
      if (keys[slot] == key) {
        return rows[slot];
      }
      slot = slot + 1 == keys.length ? 0 : slot + 1;
    }
    keys[slot] = key;
    rows[slot] = row;
    if (++size > keys.length / 4 * 3) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    int capacity = oldKeys.length + oldKeys.length / 2;
    keys = new long[capacity];
    rows = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldRows[i] != 0) {
        int slot = slot(oldKeys[i], capacity);
        while (rows[slot] != 0) {
          slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        keys[slot] = oldKeys[i];
        rows[slot] = oldRows[i];
      }
    }
  }

  // The high half of a well-mixed hash, scaled to the capacity (no power of two needed).
  private static int slot(long key, int capacity) {
    return (int) (((key * GOLDEN) >>> 32) * capacity >>> 32);
  }
}
