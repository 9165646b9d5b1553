package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"-1, 3", "4, 3", "0, -1", "1, 0"})
  void rejectsImpossibleCoverage(int reported, int expected) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Coverage(reported, expected))
        .withMessageContaining(reported + "/" + expected);
  }

  @ParameterizedTest(name = "{0}/{1} complete: {2}")
  @CsvSource({"0, 0, true", "3, 3, true", "2, 3, false", "0, 3, false"})
  void isCompleteWhenEveryExpectedUnitReported(int reported, int expected, boolean complete) {
    assertThat(new Coverage(reported, expected).isComplete()).isEqualTo(complete);
  }

  @Test
  void readsAsReportedOverExpected() {
    assertThat(new Coverage(7, 11)).hasToString("7/11");
  }

  @Test
  void equalCoveragesAreEqual() {
    assertThat(new Coverage(2, 3))
        .isEqualTo(new Coverage(2, 3))
        .hasSameHashCodeAs(new Coverage(2, 3))
        .isNotEqualTo(new Coverage(2, 4));
  }
}
