package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;

class EntityTagsTest {

  @Test
  void anAbsentHeaderIsNoCondition() {
    assertThat(EntityTags.ifMatch(null)).isEqualTo(Precondition.none());
    assertThat(EntityTags.ifMatch("  ")).isEqualTo(Precondition.none());
  }

  @Test
  void readsQuotedNumbersAStarAndLists() {
    assertThat(EntityTags.ifMatch("\"3\"")).isEqualTo(Precondition.oneOf(List.of("3")));
    assertThat(EntityTags.ifMatch(" \"3\" , \"18446744073709551615\""))
        .isEqualTo(Precondition.oneOf(List.of("3", "18446744073709551615")));
    assertThat(EntityTags.ifMatch("*")).isEqualTo(Precondition.anyVersion());
  }

  @Test
  void refusesAnythingElseNamingTheHeader() {
    for (String bad : List.of("3", "\"abc\"", "W/\"3\"", "\"3\",", "\"-1\"", "\"3")) {
      assertThatThrownBy(() -> EntityTags.ifMatch(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .satisfies(p -> assertThat(p.path()).isEqualTo("If-Match")));
    }
  }

  @Test
  void aStaleVersionIsRefusedAndACurrentOneOrNoneAccepted() {
    Precondition.none().check("4", LocalizedText.of("a", "a"));
    Precondition.anyVersion().check("4", LocalizedText.of("a", "a"));
    Precondition.oneOf(List.of("3", "4")).check("4", LocalizedText.of("a", "a"));
    assertThatThrownBy(
            () ->
                Precondition.oneOf(List.of("3"))
                    .check("4", LocalizedText.of("đơn vị 899", "unit 899")))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class,
            e -> {
              assertThat(e.reason().vi()).contains("đơn vị 899").contains("Chưa có gì được lưu");
              assertThat(e.reason().en()).contains("unit 899").contains("Nothing was stored");
            });
  }
}
