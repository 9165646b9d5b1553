package vn.emulation.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.OneAchievementOneAward;
import vn.emulation.core.law.SecondAwardRefusedException;
import vn.emulation.core.law.TestLaw;

/** Awards imported into a participant's history hold the achievement they recognise. */
class EarlierAwardClaimsTest {

  private final OneAchievementOneAward rule = TestLaw.ruleSet().oneAwardOn(TestLaw.REFORM);

  private static final AwardRecord GIAY_KHEN_FOR_2023 =
      new AwardRecord(
          TestLaw.GIAY_KHEN,
          AwardType.MOVEMENT,
          "15/QĐ-UBND",
          LocalDate.of(2024, 3, 5),
          null,
          2023);

  private static ParticipantHistory historyWith(AwardRecord... awards) {
    return new ParticipantHistory(
        "e1", List.of(), List.of(), List.of(), List.of(awards), List.of());
  }

  private static AwardClaim proposed(int first, int last, String occasion, String form) {
    return new AwardClaim("e1", YearPeriod.of(first, last), occasion, form, ClaimStatus.PROPOSED);
  }

  @Test
  void anImportedAwardForTheWorkOf2023BlocksASecondFormForThatWork() {
    List<AwardClaim> claims = historyWith(GIAY_KHEN_FOR_2023).awardClaims();

    SecondAwardRefusedException e =
        catchThrowableOfType(
            SecondAwardRefusedException.class,
            () -> rule.requireFirst(proposed(2022, 2023, "INTERIM-2023", TestLaw.BK_TINH), claims));

    assertThat(claims)
        .containsExactly(
            new AwardClaim(
                "e1",
                YearPeriod.of(2023, 2023),
                "15/QĐ-UBND",
                TestLaw.GIAY_KHEN,
                ClaimStatus.GRANTED));
    assertThat(e.conflicts()).containsExactlyElementsOf(claims);
    assertThat(e.reason().vi()).contains("15/QĐ-UBND", "GIAY_KHEN", "2023–2023");
  }

  @Test
  void itLeavesTheWorkOfOtherYearsFree() {
    rule.requireFirst(
        proposed(2024, 2024, "ANNUAL-2024", TestLaw.GIAY_KHEN),
        historyWith(GIAY_KHEN_FOR_2023).awardClaims());
  }

  @Test
  void anAnnulledAwardNoLongerHoldsItsAchievement() {
    AwardRecord annulled =
        new AwardRecord(
            TestLaw.GIAY_KHEN,
            AwardType.MOVEMENT,
            "15/QĐ-UBND",
            LocalDate.of(2024, 3, 5),
            LocalDate.of(2024, 9, 1),
            2023);

    List<AwardClaim> claims = historyWith(annulled).awardClaims();

    assertThat(claims).extracting(AwardClaim::status).containsExactly(ClaimStatus.REVOKED);
    rule.requireFirst(proposed(2023, 2023, "ANNUAL-2023", TestLaw.BK_TINH), claims);
  }

  @Test
  void anAwardWhoseRecordSaysNoYearClaimsNothing() {
    AwardRecord undated =
        new AwardRecord(
            TestLaw.GIAY_KHEN, AwardType.MOVEMENT, "15/QĐ-UBND", LocalDate.of(2024, 3, 5), null);

    assertThat(historyWith(undated).awardClaims()).isEmpty();
  }

  @Test
  void anAwardCannotRecogniseTheWorkOfAYearAfterItsDecision() {
    assertThatThrownBy(
            () ->
                new AwardRecord(
                    TestLaw.GIAY_KHEN,
                    AwardType.MOVEMENT,
                    "15/QĐ-UBND",
                    LocalDate.of(2024, 3, 5),
                    null,
                    2025))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
