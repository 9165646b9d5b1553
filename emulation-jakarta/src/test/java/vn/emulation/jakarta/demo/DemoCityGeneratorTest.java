package vn.emulation.jakarta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.demo.DemoFixtures.CITY;
import static vn.emulation.jakarta.demo.DemoFixtures.PLAN;
import static vn.emulation.jakarta.demo.DemoFixtures.SEED;

import java.text.Normalizer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;

class DemoCityGeneratorTest {

  @Test
  void theSameSeedGivesTheSameCity() {
    DemoCity again = DemoCityGenerator.generate(PLAN, SEED);

    assertThat(again).isEqualTo(CITY).hasSameHashCodeAs(CITY);
    assertThat(again.measurements()).containsExactlyElementsOf(CITY.measurements());
    assertThat(again.evidence()).containsExactlyElementsOf(CITY.evidence());
  }

  @Test
  void anotherSeedGivesOtherFiguresButTheSameCast() {
    DemoCity other = DemoCityGenerator.generate(PLAN, SEED + 1);

    assertThat(other.participants()).isEqualTo(CITY.participants());
    assertThat(other.measurements()).isNotEqualTo(CITY.measurements());
  }

  @Test
  void everyCategoryOfThePlanHasAParticipantOfItsKind() {
    for (ParticipantCategory category : PLAN.categories()) {
      assertThat(CITY.participants())
          .as("participants of %s", category.code())
          .filteredOn(p -> p.categoryCode().equals(category.code()))
          .isNotEmpty()
          .allMatch(p -> p.kind() == category.kind());
    }
  }

  @Test
  void aboutSixtyParticipantsWithUniqueIdsInExistingUnits() {
    assertThat(CITY.participants()).hasSizeBetween(55, 75);
    assertThat(CITY.participants().stream().map(Participant::id).collect(Collectors.toSet()))
        .hasSameSizeAs(CITY.participants());
    assertThat(CITY.participants())
        .allSatisfy(p -> assertThat(CITY.units().find(p.unitCode())).isPresent());
  }

  @Test
  void theTwelveWardCommitteesAndTheTwoNewOnesTakePart() {
    assertThat(CITY.participants())
        .filteredOn(p -> p.categoryCode().equals("WARD_COMMITTEES"))
        .extracting(Participant::name)
        .hasSize(14)
        .contains(
            "Ủy ban nhân dân phường Vĩnh Thanh Vân",
            "Ủy ban nhân dân xã Phi Thông",
            "Ủy ban nhân dân phường Rạch Giá");
  }

  @Test
  void namesAreVietnameseWithDiacritics() {
    assertThat(CITY.participants())
        .extracting(Participant::name)
        .contains("Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Trung tâm Y tế thành phố Rạch Giá")
        .filteredOn(DemoCityGeneratorTest::hasDiacritics)
        .hasSizeGreaterThan(CITY.participants().size() * 3 / 4);
    assertThat(CITY.participants())
        .filteredOn(p -> p.kind() == ParticipantKind.INDIVIDUAL)
        .extracting(Participant::name)
        .contains("Trần Thị Thu Hà", "Tạ Quang Vinh")
        .allMatch(DemoCityGeneratorTest::hasDiacritics);
  }

  @Test
  void eachParticipantHasEvidenceForTheOccasionsItTookPartIn() {
    Set<String> occasions =
        PLAN.occasions().stream().map(o -> o.code()).collect(Collectors.toSet());
    assertThat(CITY.evidence()).allMatch(e -> occasions.contains(e.occasionCode()));
    assertThat(CITY.evidenceOf("office-noi-vu")).hasSize(PLAN.occasions().size());
    assertThat(CITY.evidenceOf("ward-30736"))
        .extracting(DemoEvidence::occasionCode)
        .containsExactly("ANNUAL-2022", "ANNUAL-2023", "ANNUAL-2024", "INTERIM-2023");
    assertThat(CITY.evidenceOf("ward-" + DemoCityGenerator.WARD_RACH_GIA))
        .extracting(DemoEvidence::occasionCode)
        .containsExactly("ANNUAL-2025", "FINAL-2025");
  }

  private static boolean hasDiacritics(String s) {
    return !Normalizer.normalize(s, Normalizer.Form.NFD).equals(s)
        || s.contains("đ")
        || s.contains("Đ");
  }
}
