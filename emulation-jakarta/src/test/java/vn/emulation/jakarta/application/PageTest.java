package vn.emulation.jakarta.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paging of in-memory lists. */
class PageTest {

  private static final List<String> UNITS = List.of("a", "b", "c", "d", "e");

  @Test
  void slicesAPageAndCountsTheWholeList() {
    Page<String> page = Page.slice(UNITS, new PageRequest(1, 2));

    assertThat(page.items()).containsExactly("c", "d");
    assertThat(page.total()).isEqualTo(5);
    assertThat(Page.slice(UNITS, new PageRequest(2, 2)).items()).containsExactly("e");
  }

  @Test
  void aPageBeyondTheEndIsEmptyNotAnError() {
    Page<String> page = Page.slice(UNITS, new PageRequest(7, 20));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(5);
  }
}
