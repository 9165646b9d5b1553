package vn.emulation.jakarta.application.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The audit log's head as last read, answered again for a short, bounded window instead of one
 * database round trip per published read (issue 10, P4; ADR 0053). Thread-safe.
 *
 * <p>What it may cost: a write committed through <em>another</em> server is seen here at most one
 * window later (its answer is then computed afresh, as before). A write committed through this
 * server is seen at once: its transaction calls {@link #moved()} once it has completed, and no
 * reading taken before that is answered again. A window of zero reads the head every time.
 */
public final class HeadWindow {

  private final long windowNanos;
  private final LongSupplier ticker;

  /** How many local writes have completed: a reading taken before one of them is not reused. */
  private final AtomicLong moves = new AtomicLong();

  private final AtomicReference<Reading> last = new AtomicReference<>();

  /** A head read, when its reading began (ticker time) and how many local writes had completed. */
  private record Reading(long seq, long began, long moves) {}

  /**
   * @param window how long a reading is answered again (zero: never)
   * @param ticker a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public HeadWindow(Duration window, LongSupplier ticker) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("the head's window cannot be negative: " + window);
    }
    this.windowNanos = window.toNanos();
    this.ticker = ticker;
  }

  /** The head: the last reading if still within the window, else {@code committed}'s answer. */
  public long head(LongSupplier committed) {
    if (windowNanos == 0) {
      return committed.getAsLong();
    }
    Reading kept = last.get();
    if (kept != null
        && kept.moves() == moves.get()
        && ticker.getAsLong() - kept.began() < windowNanos) {
      return kept.seq();
    }
    // the moves and the time before the read: a write completing meanwhile voids this reading,
    // and its age counts from before the database answered, never from after
    long movesBefore = moves.get();
    long began = ticker.getAsLong();
    long seq = committed.getAsLong();
    Reading fresh = new Reading(seq, began, movesBefore);
    last.accumulateAndGet(fresh, HeadWindow::newer);
    return seq;
  }

  /** A write through this server has completed (committed or not): read the head again. */
  public void moved() {
    moves.incrementAndGet();
  }

  private static Reading newer(Reading kept, Reading fresh) {
    if (kept == null || fresh.moves() > kept.moves()) {
      return fresh;
    }
    return fresh.moves() == kept.moves() && fresh.began() - kept.began() > 0 ? fresh : kept;
  }
}
