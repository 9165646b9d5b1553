package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The mechanism, on a small bundle of the tests: how a message is filled, exactly. */
class MessageCatalogueTest {

  private final MessageCatalogue sample =
      MessageCatalogue.of(MessageCatalogueTest.class, "vn/emulation/core/common/sample");

  @Test
  void fillsArgumentsVerbatimKeepingApostrophesAndNumbersAsSent() {
    LocalizedText text = sample.text("sample.quoted", new BigDecimal("1234.5"), "P'01");

    assertThat(text.vi()).isEqualTo("Giá trị '1234.5' của đơn vị P'01, lần 1234.5");
    assertThat(text.en()).isEqualTo("Unit P'01's value '1234.5', again 1234.5");
  }

  @Test
  void aNumberIsNeverFormattedForALocale() {
    assertThat(sample.text("sample.quoted", 1234567.5, 1000000L).vi())
        .isEqualTo("Giá trị '1234567.5' của đơn vị 1000000, lần 1234567.5");
  }

  @Test
  void bracesThatNameNoArgumentStayAsTheyAre() {
    assertThat(sample.text("sample.braces", "a").en()).isEqualTo("Sample {x} {} aa {");
  }

  @Test
  void aMessageWithoutArgumentsIsItsText() {
    assertThat(sample.text("sample.plain"))
        .isEqualTo(LocalizedText.of("Không có đối số", "No argument"));
  }

  @Test
  void anUnknownKeyOrAMissingArgumentFailsAtOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sample.text("sample.none"))
        .withMessageContaining("sample.none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sample.text("sample.quoted", "only one"))
        .withMessageContaining("argument 1 of 1");
  }

  @Test
  void aMissingBundleFailsWhenTheCatalogueIsMade() {
    assertThatIllegalStateException()
        .isThrownBy(() -> MessageCatalogue.of(MessageCatalogueTest.class, "no/such/messages"));
  }

  @Test
  void argumentsAreTheNumbersInBraces() {
    assertThat(MessageCatalogue.arguments("{1} and {0}, {x} {}, {12}")).containsExactly(0, 1, 12);
  }

  @Test
  void theSampleIsConsistent() {
    assertThat(sample.inconsistencies()).isEmpty();
  }

  @Test
  void aCatalogueSaysWhatIsWrongWithIt() {
    MessageCatalogue bad =
        MessageCatalogue.of(MessageCatalogueTest.class, "vn/emulation/core/common/bad/messages");

    assertThat(bad.inconsistencies())
        .containsExactlyInAnyOrder(
            "args: arguments differ, vi [0, 1], en [0]",
            "blank: blank text",
            "copy: the Vietnamese text has no Vietnamese letter: Duplicate code {0}",
            "onlyVi: no English text",
            "onlyEn: no Vietnamese text");
  }
}
