package vn.emulation.devsignin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DevSignInServletTest {

  @Test
  void onlyABrowserNamingHtmlGetsThePage() {
    assertThat(DevSignInServlet.wantsHtml("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"))
        .isTrue();
    assertThat(DevSignInServlet.wantsHtml("application/json, Text/HTML;q=0.1")).isTrue();
    assertThat(DevSignInServlet.wantsHtml("*/*")).isFalse();
    assertThat(DevSignInServlet.wantsHtml("text/*")).isFalse();
    assertThat(DevSignInServlet.wantsHtml(null)).isFalse();
  }

  @Test
  void theMediaTypeDropsItsParameters() {
    assertThat(DevSignInServlet.mediaType("Application/JSON; charset=UTF-8"))
        .isEqualTo("application/json");
    assertThat(DevSignInServlet.mediaType("application/x-www-form-urlencoded"))
        .isEqualTo("application/x-www-form-urlencoded");
    assertThat(DevSignInServlet.mediaType(null)).isNull();
  }

  @Test
  void theReadersLanguageIsTheFirstOfVietnameseOrEnglish() {
    assertThat(Language.of(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))))
        .isEqualTo(Language.ENGLISH);
    assertThat(Language.of(List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH)))
        .isEqualTo(Language.VIETNAMESE);
    assertThat(Language.of(List.of(Locale.GERMAN))).isEqualTo(Language.VIETNAMESE);
    assertThat(Language.of(null)).isEqualTo(Language.VIETNAMESE);
  }
}
