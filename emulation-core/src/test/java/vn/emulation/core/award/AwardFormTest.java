package vn.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.participant.ParticipantKind;

class AwardFormTest {

  private static AwardForm bangKhen(Set<ParticipantKind> recipients) {
    return new AwardForm(
        "BK-TINH",
        LocalizedText.of(
            "Bằng khen của Chủ tịch UBND tỉnh", "Certificate of merit of the Province Chairman"),
        LocalizedText.vietnamese("Chủ tịch UBND tỉnh"),
        AwardLevel.PROVINCE,
        false,
        recipients,
        3,
        List.of(new DossierComponent("TO-TRINH", LocalizedText.vietnamese("Tờ trình"))),
        List.of("CHAP-HANH"));
  }

  @Test
  void isForTheKindsItNames() {
    AwardForm collectivesOnly = bangKhen(Set.of(ParticipantKind.COLLECTIVE));

    assertThat(collectivesOnly.isFor(ParticipantKind.COLLECTIVE)).isTrue();
    assertThat(collectivesOnly.isFor(ParticipantKind.INDIVIDUAL)).isFalse();
  }

  @Test
  void rejectsBlankCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new AwardForm(
                    " ",
                    LocalizedText.vietnamese("Giấy khen"),
                    LocalizedText.vietnamese("Chủ tịch"),
                    AwardLevel.CITY,
                    true,
                    Set.of(),
                    1,
                    List.of(),
                    List.of()));
  }

  @Test
  void awardFormsAreValues() {
    assertThat(bangKhen(Set.of(ParticipantKind.COLLECTIVE)))
        .isEqualTo(bangKhen(Set.of(ParticipantKind.COLLECTIVE)))
        .hasSameHashCodeAs(bangKhen(Set.of(ParticipantKind.COLLECTIVE)))
        .isNotEqualTo(bangKhen(Set.of(ParticipantKind.values())));
  }

  @Test
  void occasionCannotEndBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Occasion(
                    "SO-KET-2023",
                    OccasionType.INTERIM,
                    LocalizedText.vietnamese("Sơ kết"),
                    2023,
                    2023,
                    LocalDate.of(2023, 12, 31),
                    LocalDate.of(2023, 10, 1),
                    List.of("GK")))
        .withMessageContaining("2023-10-01")
        .withMessageContaining("2023-12-31");
  }
}
