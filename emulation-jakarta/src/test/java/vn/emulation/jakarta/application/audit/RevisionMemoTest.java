package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RevisionMemoTest {

  @Test
  void keepsAnAnswerForItsKeyAndRevisionOnly() {
    RevisionMemo memo = new RevisionMemo(8);
    AtomicInteger computed = new AtomicInteger();

    String first =
        memo.answer("progress", List.of("899", 2025), 7, () -> "a" + computed.incrementAndGet());
    String again =
        memo.answer("progress", List.of("899", 2025), 7, () -> "b" + computed.incrementAndGet());
    String moved =
        memo.answer("progress", List.of("899", 2025), 8, () -> "c" + computed.incrementAndGet());
    String other =
        memo.answer("progress", List.of("30730", 2025), 8, () -> "d" + computed.incrementAndGet());
    String otherWhat =
        memo.answer("trend", List.of("30730", 2025), 8, () -> "e" + computed.incrementAndGet());

    assertThat(List.of(first, again, moved, other, otherWhat))
        .containsExactly("a1", "a1", "c2", "d3", "e4");
  }

  @Test
  void keepsAtMostItsCapacityLeastRecentlyUsedOutFirst() {
    RevisionMemo memo = new RevisionMemo(2);
    memo.answer("x", 1, 1, () -> "one");
    memo.answer("x", 2, 1, () -> "two");
    memo.answer("x", 1, 1, () -> "not again"); // 1 used last
    memo.answer("x", 3, 1, () -> "three"); // 2 goes

    assertThat(memo.size()).isEqualTo(2);
    assertThat(memo.answer("x", 1, 1, () -> "recomputed")).isEqualTo("one");
    assertThat(memo.answer("x", 2, 1, () -> "recomputed")).isEqualTo("recomputed");
  }

  @Test
  void aFailureIsNotKept() {
    RevisionMemo memo = new RevisionMemo(4);

    assertThatThrownBy(
            () ->
                memo.answer(
                    "plan",
                    "unknown",
                    1,
                    () -> {
                      throw new IllegalStateException("no such plan");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no such plan");
    assertThat(memo.size()).isZero();
    assertThat(memo.answer("plan", "unknown", 1, () -> "now known")).isEqualTo("now known");
  }

  @Test
  void callersAskingAtOnceComputeOnce() throws Exception {
    RevisionMemo memo = new RevisionMemo(4);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers =
          List.of(
              pool.submit(
                  () ->
                      memo.answer(
                          "progress",
                          "899",
                          3,
                          () -> {
                            started.countDown();
                            await(release);
                            return "city " + computed.incrementAndGet();
                          })),
              pool.submit(() -> waitThenAsk(memo, started, computed)),
              pool.submit(() -> waitThenAsk(memo, started, computed)));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(50); // the two others are waiting on the first's computation
      release.countDown();
      for (Future<String> a : answers) {
        assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("city 1");
      }
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesAMemoThatKeepsNothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RevisionMemo(0))
        .withMessageContaining("0");
  }

  private static String waitThenAsk(RevisionMemo memo, CountDownLatch started, AtomicInteger n) {
    await(started);
    return memo.answer("progress", "899", 3, () -> "city " + n.incrementAndGet());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
