package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.AfterAppraisal.AT;
import static vn.emulation.core.procedure.AfterAppraisal.HOME_AFFAIRS;
import static vn.emulation.core.procedure.AfterAppraisal.LAW;
import static vn.emulation.core.procedure.AfterAppraisal.nominee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestUnits;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.history.HistoryBook;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.PrerequisiteCheck;
import vn.emulation.core.history.PrerequisiteResult;
import vn.emulation.core.history.PrerequisiteStatus;
import vn.emulation.core.history.PrerequisiteVerdict;
import vn.emulation.core.history.Subjects;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.OneAchievementOneAward;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.Individual;

/** Step 8: an award annulled on a ground of Law art. 93.2, recovered, and out of the history. */
class RevocationTest {

  static final ClaimStatus PROPOSED_CLAIM = ClaimStatus.PROPOSED;
  static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);
  static final LocalDate ANNULLED_ON = LocalDate.of(2026, 4, 15);

  final Individual official = new Individual("official-1", "Nguyễn Văn An", "OFFICIALS", "RGW");

  /** The province chairman's Bằng khen for official-1, decided on a provincial submission. */
  static Decision provincialCertificate() {
    Minutes minutes =
        SubmissionTest.approving(
            LocalDate.of(2026, 3, 3), nominee("N-1", "official-1", TestLaw.BK_TINH));
    return SubmissionTest.submit(Office.PROVINCE_CHAIRMAN, LocalDate.of(2026, 3, 5), minutes)
        .decide(
            TestLaw.BK_TINH,
            "512/QĐ-UBND",
            DECIDED_ON,
            "Chủ tịch UBND tỉnh",
            AwardType.MERIT,
            List.of("N-1"),
            LAW,
            "chutich.tinh",
            AT)
        .decisionOn(TestLaw.BK_TINH)
        .orElseThrow();
  }

  /** Five years rated well or better and three grassroots titles: only the Bằng khen is missing. */
  static ParticipantHistory before() {
    List<YearRating> ratings = new ArrayList<>();
    for (int y = 2021; y <= 2025; y++) {
      ratings.add(new YearRating(y, TaskRating.GOOD));
    }
    List<TitleRecord> titles = new ArrayList<>();
    for (int y = 2023; y <= 2025; y++) {
      titles.add(new TitleRecord(y, TestLaw.CSTDCS, y + "/QĐ-UBND", null));
    }
    return new ParticipantHistory("official-1", ratings, titles, List.of(), List.of(), List.of());
  }

  PrerequisiteVerdict primeMinistersCertificate(ParticipantHistory h, LocalDate on) {
    HistoryBook book = HistoryBook.of(List.of(official), List.of(h));
    return new PrerequisiteCheck(
            LAW, TestUnits.afterMerger(), book, new Subjects(Set.of(), Set.of()))
        .evaluate(TestLaw.BK_TTG, official, 2025, on);
  }

  /** Law art. 73.1.b: a provincial Bằng khen, then five years well and three CSTĐCS. */
  static PrerequisiteResult clauseB(PrerequisiteVerdict v) {
    return v.conditions().orElseThrow().parts().get(1);
  }

  @Test
  void anAnnulledAwardNoLongerHoldsItsAchievementAgainstASecondForm() {
    Decision d = provincialCertificate();
    AwardClaim granted =
        new AwardClaim(
            "official-1",
            YearPeriod.of(2025, 2025),
            "ANNUAL-2025",
            TestLaw.BK_TINH,
            PROPOSED_CLAIM);
    AwardClaim second =
        new AwardClaim(
            "official-1", YearPeriod.of(2024, 2025), "FINAL-2025", TestLaw.BK_TTG, PROPOSED_CLAIM);
    OneAchievementOneAward rule = LAW.oneAwardOn(ANNULLED_ON);
    Revocation proposed =
        Revocation.propose(
            "R-1",
            d,
            "N-1",
            RevocationGround.FALSE_INFORMATION_OR_FORGERY,
            "Báo cáo thành tích có số liệu giả",
            HOME_AFFAIRS,
            AT);
    // while proposed, or once dismissed, the award stands and holds the work of 2025
    assertThat(proposed.applyTo("N-1", granted)).isEqualTo(granted);
    assertThat(rule.conflictsOf(second, List.of(proposed.applyTo("N-1", granted))))
        .containsExactly(granted);
    Revocation dismissed = proposed.dismiss("Không có căn cứ", "chutich.tinh", AT);
    assertThat(dismissed.applyTo("N-1", granted)).isEqualTo(granted);

    Revocation annulled = proposed.annul(Office.PROVINCE_CHAIRMAN, ANNULLED_ON, "chutich.tinh", AT);
    AwardClaim left = annulled.applyTo("N-1", granted);

    assertThat(left.status()).isEqualTo(ClaimStatus.REVOKED);
    assertThat(left.status().holds()).isFalse();
    assertThat(left.covered()).isEqualTo(granted.covered());
    assertThat(rule.conflictsOf(second, List.of(left))).isEmpty();
    // another nomination's claim is not this revocation's to release
    assertThat(annulled.applyTo("N-2", granted)).isEqualTo(granted);
    AwardClaim someoneElses =
        new AwardClaim(
            "official-2",
            YearPeriod.of(2025, 2025),
            "ANNUAL-2025",
            TestLaw.BK_TINH,
            PROPOSED_CLAIM);
    assertThatThrownBy(() -> annulled.applyTo("N-1", someoneElses))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("official-1");
  }

  @Test
  void aRevokedAwardNoLongerSatisfiesAPrerequisite() {
    Decision d = provincialCertificate();
    ParticipantHistory awarded = d.appendTo(before());
    LocalDate after = LocalDate.of(2026, 5, 4);
    assertThat(clauseB(primeMinistersCertificate(awarded, after)).status())
        .isEqualTo(PrerequisiteStatus.MET);
    assertThat(clauseB(primeMinistersCertificate(before(), after)).status())
        .isEqualTo(PrerequisiteStatus.NOT_MET);

    Revocation r =
        Revocation.propose(
                "R-1",
                d,
                "N-1",
                RevocationGround.FALSE_INFORMATION_OR_FORGERY,
                "Báo cáo thành tích có số liệu giả",
                HOME_AFFAIRS,
                AT)
            .annul(Office.PROVINCE_CHAIRMAN, ANNULLED_ON, "chutich.tinh", AT);
    ParticipantHistory revoked = r.applyTo(awarded);

    assertThat(revoked.awards().get(0).revokedOn()).isEqualTo(ANNULLED_ON);
    PrerequisiteResult b = clauseB(primeMinistersCertificate(revoked, after));
    assertThat(b.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(b.parts().get(0).status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(b.parts().get(0).explanation().en())
        .contains("not counted: 512/QĐ-UBND (10/03/2026), annulled on 15/04/2026");
    // before the annulment the award stood, and a check of that day still says so
    assertThat(clauseB(primeMinistersCertificate(revoked, ANNULLED_ON.minusDays(1))).status())
        .isEqualTo(PrerequisiteStatus.MET);
  }

  @Test
  void theRecoveryOfTheArtefactAndTheMoneyIsRecorded() {
    Revocation r = ProcedureTransitionsTest.annulled();
    Recovery what = new Recovery(LocalDate.of(2026, 6, 15), true, 702_000, "Phiếu thu 12/PT");

    Revocation recovered = r.recordRecovery(what, HOME_AFFAIRS, AT);

    assertThat(recovered.recovery()).isEqualTo(what);
    assertThat(recovered.isAnnulled()).isTrue();
    assertThat(recovered.version()).isEqualTo(2);
    assertThat(recovered.transitions())
        .extracting(Transition::command)
        .containsExactly("annul", "recordRecovery");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                r.recordRecovery(
                    new Recovery(LocalDate.of(2026, 5, 1), false, -1, null), HOME_AFFAIRS, AT));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("recordedOn", "moneyRecovered");
  }

  /** Law art. 93.8: who is competent to award is competent to annul. */
  @Test
  void onlyTheOfficeThatDecidedMayAnnulOnADayAfterTheDecision() {
    Revocation r = ProcedureTransitionsTest.proposed();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> r.annul(Office.PROVINCE_CHAIRMAN, LocalDate.of(2026, 3, 9), "chutich.tinh", AT));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("office", "annulledOn");
    assertThat(e.problems().get(0).reason().en())
        .isEqualTo(
            "The Chairman of the provincial People's Committee may not annul decision 15/QĐ-UBND:"
                + " the Chairman of the commune-level People's Committee, who decided the award, is"
                + " competent (Art. 93.8)");
    assertThat(r.state()).isEqualTo(RevocationState.PROPOSED);
  }

  @Test
  void aProposalNamesAnAwardeeAGroundAndTheFacts() {
    Decision d = ProcedureTransitionsTest.decided().decisionOn(TestLaw.GIAY_KHEN).orElseThrow();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Revocation.propose("R-1", d, "N-3", null, " ", HOME_AFFAIRS, AT));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("nominationId", "ground", "reason");
  }

  @Test
  void theHistoryChangesOnlyOnceAnnulledAndOnlyTheAwardeesOwn() {
    Decision d = provincialCertificate();
    ParticipantHistory awarded = d.appendTo(before());
    Revocation proposed =
        Revocation.propose(
            "R-1",
            d,
            "N-1",
            RevocationGround.VIOLATION_FOUND_LATER,
            "Kết luận thanh tra",
            HOME_AFFAIRS,
            AT);

    assertThatThrownBy(() -> proposed.applyTo(awarded)).isInstanceOf(IllegalStateException.class);
    Revocation annulled = proposed.annul(Office.PROVINCE_CHAIRMAN, ANNULLED_ON, "chutich.tinh", AT);
    assertThatThrownBy(() -> annulled.applyTo(ParticipantHistory.empty("official-2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> annulled.applyTo(before()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(proposed.dismiss("Không đủ căn cứ", "chutich.tinh", AT).isAnnulled()).isFalse();
  }

  @Test
  void anAnnulledTitleIsMarkedRevokedInTheHistory() {
    Minutes minutes =
        SubmissionTest.approving(
            LocalDate.of(2026, 3, 3), nominee("N-1", "official-1", TestLaw.CSTDCS));
    Decision d =
        SubmissionTest.submit(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 5), minutes)
            .decide(
                TestLaw.CSTDCS,
                "20/QĐ-UBND",
                DECIDED_ON,
                "Chủ tịch",
                AwardType.MOVEMENT,
                List.of("N-1"),
                LAW,
                "chutich",
                AT)
            .decisionOn(TestLaw.CSTDCS)
            .orElseThrow();
    ParticipantHistory h = d.appendTo(ParticipantHistory.empty("official-1"));

    ParticipantHistory revoked =
        Revocation.propose(
                "R-2",
                d,
                "N-1",
                RevocationGround.FRAUDULENT_DECLARATION,
                "Kê khai gian dối",
                HOME_AFFAIRS,
                AT)
            .annul(Office.COMMUNE_CHAIRMAN, ANNULLED_ON, "chutich", AT)
            .applyTo(h);

    assertThat(revoked.titles())
        .containsExactly(new TitleRecord(2025, TestLaw.CSTDCS, "20/QĐ-UBND", ANNULLED_ON));
    assertThat(revoked.titles().get(0).standsOn(ANNULLED_ON)).isFalse();
  }

  @ParameterizedTest(name = "{0}: point {1}")
  @CsvSource({
    "FRAUDULENT_DECLARATION, a",
    "FALSE_INFORMATION_OR_FORGERY, b",
    "UNLAWFUL_APPRAISAL_OR_PROPOSAL, c",
    "VIOLATION_FOUND_LATER, d"
  })
  void eachGroundCitesItsPointOfArticle93(RevocationGround ground, String point) {
    assertThat(ground.point()).isEqualTo(point);
    assertThat(ground.provision().vi())
        .isEqualTo("Điều 93 khoản 2 điểm " + point + " Luật Thi đua, khen thưởng");
    assertThat(ground.provision().en())
        .isEqualTo("Art. 93.2(" + point + ") of the Law on Emulation and Commendation");
    assertThat(ground.label().vi()).isNotBlank();
  }
}
