package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  private static final LocalizedText GIAY_KHEN =
      LocalizedText.of(
          "Giấy khen của Chủ tịch UBND thành phố", "Certificate of merit of the City Chairman");

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void rejectsBlankVietnamese(String vi) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of(vi, "Certificate of merit"))
        .withMessageContaining("Vietnamese")
        .withMessageContaining("was: " + vi);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void englishFallsBackToVietnamese(String en) {
    LocalizedText text = LocalizedText.of("Bằng khen", en);

    assertThat(text.en()).isEqualTo("Bằng khen");
    assertThat(text).isEqualTo(LocalizedText.vietnamese("Bằng khen"));
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "en, en",
    "en-US, en",
    "en-GB, en",
    "vi, vi",
    "vi-VN, vi",
    "fr, vi",
    "zh-Hans, vi",
    "und, vi"
  })
  void picksEnglishForEnglishReadersAndVietnameseOtherwise(String tag, String language) {
    String expected = language.equals("en") ? GIAY_KHEN.en() : GIAY_KHEN.vi();

    assertThat(GIAY_KHEN.in(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @Test
  void defaultLocaleIsVietnamese() {
    assertThat(GIAY_KHEN.in(LocalizedText.VIETNAMESE)).isEqualTo(GIAY_KHEN.vi());
    assertThat(GIAY_KHEN.in(Locale.ROOT)).isEqualTo(GIAY_KHEN.vi());
  }

  @Test
  void rejectsMissingLocale() {
    assertThatNullPointerException().isThrownBy(() -> GIAY_KHEN.in(null));
  }

  @Test
  void printsTheTextOfRecord() {
    assertThat(GIAY_KHEN).hasToString("Giấy khen của Chủ tịch UBND thành phố");
  }

  @Test
  void equalTextsAreEqualInBothLanguages() {
    LocalizedText same = LocalizedText.of(GIAY_KHEN.vi(), GIAY_KHEN.en());

    assertThat(same).isEqualTo(GIAY_KHEN).hasSameHashCodeAs(GIAY_KHEN);
    assertThat(LocalizedText.of(GIAY_KHEN.vi(), "Other")).isNotEqualTo(GIAY_KHEN);
    assertThat(GIAY_KHEN).isNotEqualTo(null).isNotEqualTo(GIAY_KHEN.vi());
  }
}
