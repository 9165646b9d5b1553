package vn.emulation.jakarta.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/** The parts of the workspace that need no database: paging of in-memory lists. */
class PlanWorkspaceTest {

  private static final List<String> UNITS = List.of("a", "b", "c", "d", "e");

  @Test
  void slicesAPageAndCountsTheWholeList() {
    Page<String> page = PlanWorkspace.slice(UNITS, new PageRequest(1, 2));

    assertThat(page.items()).containsExactly("c", "d");
    assertThat(page.total()).isEqualTo(5);
    assertThat(PlanWorkspace.slice(UNITS, new PageRequest(2, 2)).items()).containsExactly("e");
  }

  @Test
  void aPageBeyondTheEndIsEmptyNotAnError() {
    Page<String> page = PlanWorkspace.slice(UNITS, new PageRequest(7, 20));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void pageParametersDefaultToTheFirstTwenty() {
    assertThat(Parameters.page(null, " ", 500, new ProblemCollector()))
        .isEqualTo(new PageRequest(0, 20));
  }

  @Test
  void everyBadPageParameterIsNamed() {
    ProblemCollector malformed = new ProblemCollector();
    ProblemCollector outOfRange = new ProblemCollector();

    assertThat(Parameters.page("first", "many", 500, malformed)).isNull();
    assertThat(Parameters.page("-1", "501", 500, outOfRange)).isNull();

    assertThat(malformed.problems()).extracting(Problem::path).containsExactly("page", "size");
    assertThat(outOfRange.problems()).extracting(Problem::path).containsExactly("page", "size");
    assertThat(outOfRange.problems().get(1).reason().en())
        .isEqualTo("Page size must lie within 1–500, was 501");
  }
}
