package vn.emulation.jakarta.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      value = {
        "`=HYPERLINK(\"http://x\")` => `'=HYPERLINK(\"http://x\")`",
        "`@SUM(1)`                  => `'@SUM(1)`",
        "`=cmd|' /C calc'!A0`       => `'=cmd|' /C calc'!A0`",
        "`+1`                       => `'+1`",
        "`-3.5`                     => `'-3.5`",
        "`\tSUM(1)`                 => `'\tSUM(1)`",
        "`\rSUM(1)`                 => `'\rSUM(1)`"
      })
  void textThatCouldStartAFormulaGetsAQuoteInFront(String text, String written) {
    String unescaped = text.replace("\\t", "\t").replace("\\r", "\r");

    assertThat(FormulaGuard.text(unescaped))
        .isEqualTo(written.replace("\\t", "\t").replace("\\r", "\r"));
    assertThat(FormulaGuard.unguarded(FormulaGuard.text(unescaped))).isEqualTo(unescaped);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Phường Vĩnh Lạc", "30745", "G1", "a=b", " =1", "'quoted", "", "=", "-", "'="})
  void otherTextIsWrittenAsItIs(String text) {
    assertThat(FormulaGuard.text(text)).isEqualTo(text);
    assertThat(FormulaGuard.unguarded(text)).isEqualTo(text);
  }

  @Test
  void numbersAndOtherValuesStayWhatTheyAre() {
    BigDecimal gap = new BigDecimal("-3.5");
    LocalDate day = LocalDate.of(2023, 12, 31);

    assertThat(FormulaGuard.cell(gap)).isSameAs(gap);
    assertThat(FormulaGuard.cell(-2)).isEqualTo(-2);
    assertThat(FormulaGuard.cells(Arrays.asList("=1+1", gap, null, day)))
        .containsExactly("'=1+1", gap, null, day);
    assertThat(FormulaGuard.text(null)).isNull();
    assertThat(FormulaGuard.unguarded(null)).isNull();
  }
}
