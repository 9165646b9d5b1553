package vn.emulation.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.AwardClaim.ClaimStatus;

/** Law art. 5.2.c: one achievement earns one award, across the occasions that cover it. */
class OneAchievementOneAwardTest {

  private final OneAchievementOneAward rule = TestLaw.ruleSet().oneAwardOn(TestLaw.REFORM);

  private static AwardClaim claim(
      String who, int first, int last, String occasion, String form, ClaimStatus status) {
    return new AwardClaim(who, YearPeriod.of(first, last), occasion, form, status);
  }

  private final AwardClaim annual2023 =
      claim("ward-W01", 2023, 2023, "ANNUAL-2023", "GIAY_KHEN", ClaimStatus.GRANTED);

  @Test
  void theInterimReviewOf2023CannotAwardTheWorkOf2023AgainInAnotherForm() {
    AwardClaim interim =
        claim("ward-W01", 2022, 2023, "INTERIM-2023", "BANG_KHEN_TINH", ClaimStatus.PROPOSED);

    SecondAwardRefusedException e =
        catchThrowableOfType(
            SecondAwardRefusedException.class,
            () -> rule.requireFirst(interim, List.of(annual2023)));

    assertThat(e).isNotNull();
    assertThat(e.conflicts()).containsExactly(annual2023);
    assertThat(e.reason().vi()).contains("Điều 5 khoản 2 điểm c").contains("ANNUAL-2023");
    assertThat(e.reason().en())
        .contains("ward-W01 already holds GIAY_KHEN from the occasion ANNUAL-2023")
        .contains("BANG_KHEN_TINH on the occasion INTERIM-2023 is refused");
  }

  @Test
  void norInTheSameFormTwice() {
    AwardClaim again =
        claim("ward-W01", 2022, 2023, "INTERIM-2023", "GIAY_KHEN", ClaimStatus.PROPOSED);
    assertThat(rule.conflictsOf(again, List.of(annual2023))).containsExactly(annual2023);
  }

  @Test
  void oneFormMayBeGivenManyTimesForTheAchievementsOfOtherYears() {
    AwardClaim annual2024 =
        claim("ward-W01", 2024, 2024, "ANNUAL-2024", "GIAY_KHEN", ClaimStatus.PROPOSED);
    rule.requireFirst(annual2024, List.of(annual2023));
    assertThat(rule.conflictsOf(annual2024, List.of(annual2023))).isEmpty();
  }

  @Test
  void aRevokedOrRefusedClaimNoLongerHoldsTheAchievement() {
    AwardClaim interim =
        claim("ward-W01", 2022, 2023, "INTERIM-2023", "BANG_KHEN_TINH", ClaimStatus.PROPOSED);
    AwardClaim revoked =
        claim("ward-W01", 2023, 2023, "ANNUAL-2023", "GIAY_KHEN", ClaimStatus.REVOKED);
    AwardClaim refused =
        claim("ward-W01", 2022, 2022, "ANNUAL-2022", "GIAY_KHEN", ClaimStatus.REFUSED);
    assertThat(rule.conflictsOf(interim, List.of(revoked, refused))).isEmpty();
  }

  @Test
  void anotherParticipantsAwardIsNoConflict() {
    AwardClaim other =
        claim("ward-W02", 2022, 2023, "INTERIM-2023", "BANG_KHEN_TINH", ClaimStatus.PROPOSED);
    assertThat(rule.conflictsOf(other, List.of(annual2023))).isEmpty();
  }
}
