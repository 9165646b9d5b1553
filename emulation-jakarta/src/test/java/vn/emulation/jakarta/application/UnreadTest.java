package vn.emulation.jakarta.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;

/** The edge's reading problems and the use case's own, answered at once in the fields' order. */
class UnreadTest {

  private static Problem problem(String field) {
    return new Problem(field, LocalizedText.of("sai " + field, "bad " + field));
  }

  @Test
  void nothingUnreadAndNothingFoundThrowsNothing() {
    assertThatCode(() -> Unread.none().throwWith(new ProblemCollector(), "query", List.of("page")))
        .doesNotThrowAnyException();
    assertThat(Unread.none().any()).isFalse();
  }

  @Test
  void everyProblemIsAnsweredInTheOrderOfTheFieldsAndOthersLast() {
    Unread unread = new Unread(List.of(problem("date"), problem("other")));
    ProblemCollector found = new ProblemCollector();
    found.add("unit", "sai unit", "bad unit");
    found.add("milestone", "sai milestone", "bad milestone");

    assertThat(unread.any()).isTrue();
    assertThatThrownBy(
            () -> unread.throwWith(found, "query", List.of("milestone", "year", "date", "unit")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("milestone", "date", "unit", "other"));
  }

  @Test
  void aRequiredFieldTakesTheEdgesProblemOrSaysItIsRequired() {
    Unread unread = new Unread(List.of(problem("date"), problem("level")));
    ProblemCollector found = new ProblemCollector();

    unread.requireDate(found, "date", null); // unread: the edge's problem, not a second one
    unread.requireDate(found, "openedOn", null); // absent: required
    unread.requireDate(found, "from", java.time.LocalDate.of(2025, 7, 1)); // given: nothing
    unread.requireChoice(found, "level", null, vn.emulation.core.unit.UnitLevel.class);
    unread.requireChoice(found, "kind", null, vn.emulation.core.participant.ParticipantKind.class);

    assertThat(found.problems())
        .extracting(Problem::path)
        .containsExactly("date", "openedOn", "level", "kind");
    assertThat(found.problems().get(0).reason().en()).isEqualTo("bad date");
    assertThat(found.problems().get(1).reason().en()).contains("YYYY-MM-DD");
    assertThat(found.problems().get(3).reason().en()).contains("COLLECTIVE, INDIVIDUAL");
    assertThat(unread.take(new ProblemCollector(), "name")).isFalse();
  }
}
