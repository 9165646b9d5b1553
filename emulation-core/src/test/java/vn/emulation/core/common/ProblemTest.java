package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void readsAsPathAndEnglishReason() {
    Problem p = new Problem("targets[4].threshold", LocalizedText.of("Ngưỡng âm", "Negative"));

    assertThat(p).hasToString("targets[4].threshold: Negative");
  }

  @Test
  void collectorThrowsOnlyWhenSomethingWasFound() {
    ProblemCollector empty = new ProblemCollector();
    empty.throwIfAny("evidence");
    assertThat(empty.isEmpty()).isTrue();

    ProblemCollector two = new ProblemCollector();
    two.add("a", "lỗi a", "fault a");
    two.addAll(List.of(new Problem("b", LocalizedText.vietnamese("lỗi b"))));

    assertThatThrownBy(() -> two.throwIfAny("evidence"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("a", "b"))
        .hasMessage("evidence has 2 problem(s):\n  - a: fault a\n  - b: lỗi b");
  }

  @Test
  void anInvalidInputHasAtLeastOneProblem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidInputException("plan", List.of()));
  }

  @Test
  void problemsCannotBeChangedAfterTheFact() {
    InvalidInputException e =
        new InvalidInputException(
            "plan", List.of(new Problem("x", LocalizedText.vietnamese("lỗi"))));

    assertThatThrownBy(() -> e.problems().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
