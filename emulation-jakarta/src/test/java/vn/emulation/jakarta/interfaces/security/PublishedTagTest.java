package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublishedTagTest {

  private static PublishedTag tag(String body) {
    return PublishedTag.of(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void equalAnswersHaveEqualTagsAndAChangedFigureAnother() {
    assertThat(tag("{\"value\":81.57}")).isEqualTo(tag("{\"value\":81.57}"));
    assertThat(tag("{\"value\":81.57}")).isNotEqualTo(tag("{\"value\":81.58}"));
    assertThat(tag("Phường Vĩnh Lạc").header()).matches("\"p-[A-Za-z0-9_-]{22}\"");
  }

  @Test
  void ifNoneMatchNamesTheTagAmongOthersOrAnyWeakOrStrong() {
    PublishedTag t = tag("x");
    String h = t.header();
    assertThat(t.matches(h)).isTrue();
    assertThat(t.matches("\"other\", " + h)).isTrue();
    assertThat(t.matches("W/" + h)).isTrue();
    assertThat(t.matches("*")).isTrue();
  }

  @Test
  void anythingElseMatchesNothingAndTheAnswerIsSentWhole() {
    PublishedTag t = tag("x");
    assertThat(t.matches(null)).isFalse();
    assertThat(t.matches("")).isFalse();
    assertThat(t.matches(t.value())).as("unquoted").isFalse();
    assertThat(t.matches("\"" + t.value())).as("unclosed").isFalse();
    assertThat(t.matches(tag("y").header())).isFalse();
    assertThat(t.matches("\"\"")).isFalse();
  }
}
