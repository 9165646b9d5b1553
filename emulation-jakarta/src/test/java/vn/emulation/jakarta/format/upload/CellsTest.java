package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The numbers a cell's text holds, in either notation, and the texts that hold none. */
class CellsTest {

  @Test
  void plainCountsAreNumbers() {
    assertThat(Cells.decimal("0", false)).contains(BigDecimal.ZERO);
    assertThat(Cells.decimal("1250", false)).contains(new BigDecimal("1250"));
    assertThat(Cells.decimal("1".repeat(30), false)).contains(new BigDecimal("1".repeat(30)));
  }

  @Test
  void signsDecimalsAndShortExponentsAreNumbers() {
    assertThat(Cells.decimal("-7", false)).contains(new BigDecimal("-7"));
    assertThat(Cells.decimal("+62.5", false)).contains(new BigDecimal("62.5"));
    assertThat(Cells.decimal(".5", false)).contains(new BigDecimal("0.5"));
    assertThat(Cells.decimal("1.5E3", false)).contains(new BigDecimal("1.5E3"));
    assertThat(Cells.decimal("62,5", true)).contains(new BigDecimal("62.5"));
  }

  @Test
  void textsThatHoldNoPlainNumberAreNot() {
    assertThat(Cells.decimal("", false)).isEmpty();
    // more digits than any figure has: refused, not rounded
    assertThat(Cells.decimal("1".repeat(31), false)).isEmpty();
    // digits of other scripts are not the file's digits
    assertThat(Cells.decimal("\uFF11\uFF12", false)).isEmpty();
    assertThat(Cells.decimal("\u0663", false)).isEmpty();
    // a thousands separator is not a decimal mark, and a comma only where the file uses one
    assertThat(Cells.decimal("1 234", false)).isEmpty();
    assertThat(Cells.decimal("62,5", false)).isEmpty();
    assertThat(Cells.decimal("12a", false)).isEmpty();
    assertThat(Cells.decimal("1e1234", false)).isEmpty();
  }

  @Test
  void aPercentageIsTheNumberBeforeItsSign() {
    var cell = Cells.number("62,5 %", true);
    assertThat(cell.percent()).contains(new BigDecimal("62.5"));
  }
}
