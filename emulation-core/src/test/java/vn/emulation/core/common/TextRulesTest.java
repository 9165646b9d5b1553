package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "30745",
        "G2",
        "rach-gia-2022-2025",
        "ANNUAL-2023",
        "NONG_NGHIEP",
        "office-noi-vu",
        "a.b_c-d",
        "x"
      })
  void admitsTheCodesOfThePlanAndTheDemoCity(String code) {
    assertThat(TextRules.isCode(code)).isTrue();
    assertThat(TextRules.codeProblem(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 30745",
        "30745 ",
        "-30745",
        ".x",
        "Phường",
        "a/b",
        "a b",
        "<script>",
        "\u0000",
        "a\u202Eb"
      })
  void refusesWhatIsNotACode(String code) {
    assertThat(TextRules.isCode(code)).isFalse();
    assertThat(TextRules.codeProblem(code)).isPresent();
  }

  @Test
  void aCodeIsAtMost64Characters() {
    assertThat(TextRules.isCode("a".repeat(64))).isTrue();
    assertThat(TextRules.isCode("a".repeat(65))).isFalse();
    assertThat(TextRules.isCode(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
        0x2067, 0x2068, 0x2069, 0xD800, 0x2028, 0x2029
      })
  void forbidsControlsSurrogatesBidiControlsAndLineSeparators(int cp) {
    assertThat(TextRules.isForbidden(cp)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {'a', ' ', 0xE0 /* à */, 0x1EA1 /* ạ */, 0x2013 /* – */, 0x2027, 0x2070, 0x1F600})
  void admitsOrdinaryText(int cp) {
    assertThat(TextRules.isForbidden(cp)).isFalse();
  }

  @Test
  void vietnameseNamesAreText() {
    assertThat(TextRules.textProblem("Phòng Lao động – Thương binh và Xã hội")).isEmpty();
  }

  @Test
  void theProblemShowsTheForbiddenCharacterEscapedNeverRaw() {
    LocalizedText reason = TextRules.textProblem("\u0000\u202E<script>").orElseThrow();

    assertThat(reason.en())
        .contains("U+0000", "index 0", "\"\\u0000\\u202E<script>\"")
        .doesNotContain("\u0000", "\u202E");
    assertThat(reason.vi()).contains("U+0000").doesNotContain("\u202E");
  }

  @Test
  void checksRecordTheirProblemAtThePath() {
    ProblemCollector problems = new ProblemCollector();

    assertThat(TextRules.checkCode(problems, "successor.code", "a b")).isFalse();
    assertThat(TextRules.checkText(problems, "name", "Vĩnh\u2066Lạc")).isFalse();
    assertThat(TextRules.checkCode(problems, "code", "30745")).isTrue();

    assertThat(problems.problems())
        .extracting(Problem::path)
        .containsExactly("successor.code", "name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rach-gia-2022-2025", "p1", "0-a"})
  void planCodesAreLowerCaseCodes(String code) {
    assertThat(TextRules.isPlanCode(code)).isTrue();
    assertThat(TextRules.isCode(code)).isTrue();
    assertThat(TextRules.isPlanItemCode(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"G2", "TT_XS", "E2-1", "2025"})
  void planItemCodesAreUpperCaseCodes(String code) {
    assertThat(TextRules.isPlanItemCode(code)).isTrue();
    assertThat(TextRules.isCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rach-gia", "rach_gia", "-a", "a.b", "", "rạch-giá"})
  void notPlanCodes(String code) {
    assertThat(TextRules.isPlanCode(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"g2", "G.2", "_G", "CSTĐ", "G 2", ""})
  void notPlanItemCodes(String code) {
    assertThat(TextRules.isPlanItemCode(code)).isFalse();
  }

  @Test
  void planCodesAreNoLongerThanAnyCode() {
    assertThat(TextRules.isPlanItemCode("A".repeat(64))).isTrue();
    assertThat(TextRules.isPlanItemCode("A".repeat(65))).isFalse();
    assertThat(TextRules.isPlanCode("a".repeat(65))).isFalse();
    assertThat(TextRules.isPlanCode(null)).isFalse();
    assertThat(TextRules.isPlanItemCode(null)).isFalse();
  }
}
