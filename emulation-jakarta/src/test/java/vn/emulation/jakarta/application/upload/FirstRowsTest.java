package vn.emulation.jakarta.application.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstRowsTest {

  @Test
  void remembersTheFirstRowOfEachKeyAsAMapWould() {
    FirstRows packed = new FirstRows();
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(8);
    for (int row = 2; row < 300_000; row++) {
      long key =
          FirstRows.key(
              random.nextInt(27), random.nextInt(2_000), random.nextInt(4), random.nextInt(3));
      Integer first = expected.putIfAbsent(key, row);

      assertThat(packed.putIfAbsent(key, row)).isEqualTo(first == null ? 0 : first);
    }
  }

  @Test
  void keepsEveryPartOfTheKeyApart() {
    long key = FirstRows.key(1, 2, 3, 4);
    assertThat(key)
        .isNotEqualTo(FirstRows.key(2, 1, 3, 4))
        .isNotEqualTo(FirstRows.key(1, 2, 4, 3))
        .isNotEqualTo(FirstRows.key(1, 3, 2, 4));
    assertThat(FirstRows.key(1023, (1 << 20) - 1, 255, (1 << 26) - 1)).isEqualTo(-1L);
    assertThat(FirstRows.fits(1024, 1 << 20, 256)).isTrue();
    assertThat(FirstRows.fits(1025, 1, 1)).isFalse();
    assertThat(FirstRows.fits(1, (1 << 20) + 1, 1)).isFalse();
    assertThat(FirstRows.fitsBreakdown((1 << 26) - 1)).isTrue();
    assertThat(FirstRows.fitsBreakdown(1 << 26)).isFalse();
  }
}
