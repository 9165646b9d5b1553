package vn.emulation.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.LocalizedText;

class ParticipantTest {

  @ParameterizedTest(name = "blank {0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "id, null, UBND phường Vĩnh Lạc, UBND-PHUONG, W04",
        "name, p-vinh-lac, ' ', UBND-PHUONG, W04",
        "categoryCode, p-vinh-lac, UBND phường Vĩnh Lạc, '', W04",
        "unitCode, p-vinh-lac, UBND phường Vĩnh Lạc, UBND-PHUONG, null"
      })
  void rejectsBlankFieldsNamingThem(
      String field, String id, String name, String category, String unit) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Collective(id, name, category, unit))
        .withMessageStartingWith(field + " must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Individual(id, name, category, unit))
        .withMessageStartingWith(field + " must not be blank");
  }

  @Test
  void collectivesAndIndividualsSayWhatTheyAre() {
    Participant ward = new Collective("p-vinh-lac", "UBND phường Vĩnh Lạc", "UBND-PHUONG", "W04");
    Participant official = new Individual("cb-1", "Lê Thị C", "CAN-BO", "W04");

    assertThat(ward.kind()).isEqualTo(ParticipantKind.COLLECTIVE);
    assertThat(official.kind()).isEqualTo(ParticipantKind.INDIVIDUAL);
    assertThat(ParticipantKind.COLLECTIVE.label().vi()).isEqualTo("Tập thể");
  }

  @Test
  void participantsAreValues() {
    assertThat(new Individual("cb-1", "Lê Thị C", "CAN-BO", "W04"))
        .isEqualTo(new Individual("cb-1", "Lê Thị C", "CAN-BO", "W04"))
        .hasSameHashCodeAs(new Individual("cb-1", "Lê Thị C", "CAN-BO", "W04"))
        .isNotEqualTo(new Collective("cb-1", "Lê Thị C", "CAN-BO", "W04"));
  }

  @Test
  void categoryNeedsACode() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ParticipantCategory(
                    " ", ParticipantKind.INDIVIDUAL, LocalizedText.vietnamese("Cán bộ")))
        .withMessageContaining("was:  ");
  }
}
