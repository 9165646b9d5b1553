package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;

class FileReferenceTest {

  @Test
  void readingABadFileReportsEveryProblemAtItsPath() {
    ProblemCollector problems = new ProblemCollector();
    Optional<FileReference> file = FileReference.read(problems, "ownPlan", " ", "PDF", 0, "ABC");
    assertThat(file).isEmpty();
    assertThat(problems.problems())
        .extracting(Problem::path)
        .containsExactly("ownPlan.name", "ownPlan.mediaType", "ownPlan.size", "ownPlan.sha256");
    assertThat(problems.problems().get(3).reason().en()).contains("64").contains("\"ABC\"");
  }

  @Test
  void aGoodFileIsReadWithNothingRecorded() {
    ProblemCollector problems = new ProblemCollector();
    Optional<FileReference> file =
        FileReference.read(
            problems, "files[0]", "Kế hoạch thi đua.pdf", "application/pdf", 10, "0".repeat(64));
    assertThat(problems.isEmpty()).isTrue();
    assertThat(file).get().satisfies(f -> assertThat(f.isPdf()).isTrue());
    assertThat(file.get().name()).isEqualTo("Kế hoạch thi đua.pdf");
  }

  @Test
  void theConstructorRefusesWhatReadWouldReport() {
    assertThatThrownBy(() -> new FileReference("a.pdf", "application/pdf", 1, "F".repeat(64)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("sha256"));
  }

  @Test
  void wordFilesAreTheTwoWordMediaTypes() {
    assertThat(Fixtures.word("x").isWord()).isTrue();
    assertThat(Fixtures.file("x.doc", "application/msword", 'c').isWord()).isTrue();
    assertThat(Fixtures.pdf("x").isWord()).isFalse();
  }
}
