package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The head's window on a clock the test moves by hand: no waiting, no timing. */
class HeadWindowTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicLong committed = new AtomicLong(7);
  private final AtomicInteger reads = new AtomicInteger();

  private final LongSupplier database =
      () -> {
        reads.incrementAndGet();
        return committed.get();
      };

  private HeadWindow window(long millis) {
    return new HeadWindow(Duration.ofMillis(millis), now::get);
  }

  @Test
  void withinTheWindowTheHeadIsReadOnce() {
    HeadWindow w = window(200);
    assertThat(w.head(database)).isEqualTo(7);
    now.addAndGet(Duration.ofMillis(199).toNanos());
    assertThat(w.head(database)).isEqualTo(7);
    assertThat(reads).hasValue(1);
  }

  @Test
  void anotherServersWriteIsSeenOnceTheWindowHasPassed() {
    HeadWindow w = window(200);
    w.head(database);
    committed.set(8); // written through another server: nothing here is told
    now.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(w.head(database)).isEqualTo(7);
    now.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(w.head(database)).isEqualTo(8);
    assertThat(reads).hasValue(2);
  }

  @Test
  void thisServersWriteIsSeenAtOnce() {
    HeadWindow w = window(200);
    w.head(database);
    committed.set(8);
    w.moved();
    assertThat(w.head(database)).isEqualTo(8);
    assertThat(w.head(database)).isEqualTo(8);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aReadingBegunBeforeAWriteCompletedIsNotAnsweredAgain() {
    HeadWindow w = window(200);
    HeadWindow[] self = {w};
    // the write commits while the head is being read: the reading may or may not include it
    LongSupplier racing =
        () -> {
          long seq = database.getAsLong();
          committed.set(8);
          self[0].moved();
          return seq;
        };
    assertThat(w.head(racing)).isEqualTo(7);
    assertThat(w.head(database)).isEqualTo(8);
    assertThat(reads).hasValue(2);
  }

  @Test
  void theWindowCountsFromBeforeTheDatabaseAnswered() {
    HeadWindow w = window(200);
    LongSupplier slow =
        () -> {
          now.addAndGet(Duration.ofMillis(150).toNanos());
          return database.getAsLong();
        };
    w.head(slow);
    now.addAndGet(Duration.ofMillis(50).toNanos());
    w.head(database);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aWindowOfZeroReadsTheHeadEveryTime() {
    HeadWindow w = window(0);
    w.head(database);
    w.head(database);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> window(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
