package vn.emulation.jakarta.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.ProblemCollector;

/** Query parameters as typed: exact, never converted from something close. */
class InputsTest {

  private final ProblemCollector problems = new ProblemCollector();

  @ParameterizedTest
  @ValueSource(strings = {"+5", " 5", "5 ", "5.0", "1e3", "05", "0x10", "2147483648", "٥"})
  void aNumberIsDigitsOnly(String raw) {
    assertThat(Inputs.optionalInteger(problems, "page", raw)).isNull();

    assertThat(problems.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("page");
              assertThat(p.reason().en()).contains("\"" + raw + "\"");
            });
  }

  @Test
  void digitsAreANumber() {
    assertThat(Inputs.optionalInteger(problems, "year", "2025")).isEqualTo(2025);
    assertThat(Inputs.optionalInteger(problems, "page", "-1")).isEqualTo(-1);
    assertThat(Inputs.optionalInteger(problems, "page", "")).isNull();
    assertThat(problems.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" 2025-07-01", "2025-07-01 ", "+2025-07-01", "2025-7-1", "2025-02-30", "20250701"})
  void aDateIsExactlyYyyyMmDd(String raw) {
    assertThat(Inputs.optionalDate(problems, "date", raw)).isNull();
    assertThat(problems.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().en()).contains("\"" + raw + "\""));
  }

  @Test
  void aDayIsADate() {
    assertThat(Inputs.optionalDate(problems, "date", "2025-07-01"))
        .isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void theQuotedValueShowsForbiddenCharactersEscaped() {
    Inputs.optionalInteger(problems, "size", "1\u0000");

    assertThat(problems.problems().get(0).reason().en())
        .contains("\"1\\u0000\"")
        .doesNotContain("\u0000");
  }
}
