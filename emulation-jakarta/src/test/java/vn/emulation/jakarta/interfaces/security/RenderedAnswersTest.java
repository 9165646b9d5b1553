package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenderedAnswersTest {

  private static final LocalDate DAY = LocalDate.of(2025, 12, 1);
  private static final String CITY =
      "http://localhost:9080/emulation/api/plans/p/progress?milestone=2025&parts=false";

  private static PublishedAnswerKey key(String uri, long head) {
    return new PublishedAnswerKey("GET", uri, "application/json", "vi", head, DAY);
  }

  private static RenderedAnswer answer(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new RenderedAnswer(
        bytes, PublishedTag.of(bytes), MediaType.APPLICATION_JSON_TYPE, "vi, en", null);
  }

  private static RenderedAnswer sized(int n) {
    return answer("x".repeat(n));
  }

  @Test
  void anAnswerIsFoundUnderItsKeyOnly() {
    RenderedAnswers store = new RenderedAnswers(1_000_000);
    store.keep(key(CITY, 7), answer("{\"a\":1}"));
    assertThat(store.find(key(CITY, 7)))
        .get()
        .extracting(RenderedAnswer::tag)
        .isEqualTo(PublishedTag.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThat(store.find(key(CITY, 8))).as("the head moved").isEmpty();
    assertThat(store.find(key(CITY + "&year=2024", 7))).as("another question").isEmpty();
  }

  @Test
  void everyPartOfTheKeyTells() {
    PublishedAnswerKey k = key(CITY, 7);
    assertThat(k).isEqualTo(key(CITY, 7)).hasSameHashCodeAs(key(CITY, 7));
    assertThat(k).isNotEqualTo(new PublishedAnswerKey("GET", CITY, "text/csv", "vi", 7, DAY));
    assertThat(k)
        .isNotEqualTo(new PublishedAnswerKey("GET", CITY, "application/json", "en", 7, DAY));
    assertThat(k)
        .isNotEqualTo(new PublishedAnswerKey("GET", CITY, "application/json", null, 7, DAY));
    assertThat(k)
        .as("the day's defaults")
        .isNotEqualTo(
            new PublishedAnswerKey("GET", CITY, "application/json", "vi", 7, DAY.plusDays(1)));
    assertThat(k)
        .as("two spellings of one question are two answers: open data quotes its address")
        .isNotEqualTo(
            key(
                "http://localhost:9080/emulation/api/plans/p/progress?parts=false&milestone=2025",
                7));
    assertThat(k).isNotEqualTo(key(CITY.replace("localhost", "127.0.0.1"), 7));
  }

  @Test
  void aKeptAnswerIsReplacedAndCountedOnce() {
    RenderedAnswers store = new RenderedAnswers(1_000_000);
    store.keep(key(CITY, 7), sized(1000));
    long once = store.bytesKept();
    store.keep(key(CITY, 7), sized(1000));
    assertThat(store.bytesKept()).isEqualTo(once);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void theLeastRecentlyUsedLeaveFirstWhenTheBytesRunOut() {
    PublishedAnswerKey a = key(CITY + "&unit=a", 1);
    PublishedAnswerKey b = key(CITY + "&unit=b", 1);
    PublishedAnswerKey c = key(CITY + "&unit=c", 1);
    long one = a.size() + sized(10_000).size();
    RenderedAnswers store = new RenderedAnswers(2 * one + 10);
    store.keep(a, sized(10_000));
    store.keep(b, sized(10_000));
    assertThat(store.find(a)).as("a used after b").isPresent();
    store.keep(c, sized(10_000));
    assertThat(store.find(b)).as("b, least recently used, left").isEmpty();
    assertThat(store.find(a)).isPresent();
    assertThat(store.find(c)).isPresent();
    assertThat(store.bytesKept()).isLessThanOrEqualTo(2 * one + 10);
  }

  @Test
  void anAnswerLargerThanTheBudgetIsNotKept() {
    RenderedAnswers store = new RenderedAnswers(5_000);
    store.keep(key(CITY, 1), sized(100));
    store.keep(key(CITY, 2), sized(10_000));
    assertThat(store.find(key(CITY, 2))).isEmpty();
    assertThat(store.find(key(CITY, 1))).as("nothing was pushed out for it").isPresent();
  }
}
