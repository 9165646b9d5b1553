package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.Fixtures.morningOf;
import static vn.emulation.core.procedure.nomination.NominationFixtures.GIAY_KHEN;
import static vn.emulation.core.procedure.nomination.NominationFixtures.LAW;
import static vn.emulation.core.procedure.nomination.NominationFixtures.SENT;
import static vn.emulation.core.procedure.nomination.NominationFixtures.WARD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.ParticipantKind;

/** Sending a nomination: complete, with its own stored verdict, and one achievement one award. */
class NominationTest {

  private static final YearPeriod PLAN = YearPeriod.of(2022, 2025);

  private static Occasion occasion(String code, OccasionType type, int year) {
    return new Occasion(
        code,
        type,
        TestPlans.text(code),
        year,
        year,
        LocalDate.of(year, 10, 1),
        LocalDate.of(year, 12, 31),
        List.of("GK", "BKT"));
  }

  /** The annual round 2023 and the interim review of Q4 2023, both sent in January 2024. */
  private static final NominatedOccasion ANNUAL_2023 =
      NominatedOccasion.of(occasion("ANNUAL-2023", OccasionType.ANNUAL, 2023), PLAN);

  private static final NominatedOccasion INTERIM_2023 =
      NominatedOccasion.of(occasion("INTERIM-2023", OccasionType.INTERIM, 2023), PLAN);

  private static final AwardForm BANG_KHEN_TINH =
      TestPlans.giayKhen("BKT", Set.of(ParticipantKind.values()), List.of("GEN"));

  @Test
  void anOccasionCoversItsYearOrThePlansYearsUpToIt() {
    assertThat(ANNUAL_2023.covered()).isEqualTo(YearPeriod.of(2023, 2023));
    assertThat(INTERIM_2023.covered()).isEqualTo(YearPeriod.of(2022, 2023));
    assertThat(
            NominatedOccasion.of(occasion("FINAL-2025", OccasionType.FINAL, 2025), PLAN).covered())
        .isEqualTo(YearPeriod.of(2022, 2025));
  }

  @Test
  void submittingAttachesTheStoredVerdictAndMakesAClaim() {
    Nomination draft = NominationFixtures.draft("n-1");
    assertThat(draft.claim()).isEmpty();
    assertThat(draft.verdict()).isEmpty();
    Nomination sent =
        draft.submit(
            LAW,
            GIAY_KHEN,
            NominationFixtures.verdict(WARD, Outcome.INCOMPLETE),
            Map.of(),
            "c",
            SENT);
    assertThat(sent.state()).isEqualTo(NominationState.SUBMITTED);
    assertThat(sent.verdict())
        .get()
        .satisfies(
            v -> {
              assertThat(v.runId()).isEqualTo("run-7");
              assertThat(v.outcome()).isEqualTo(Outcome.INCOMPLETE);
              assertThat(v.explanationRef()).isEqualTo("run-7/ward-30745");
            });
    assertThat(sent.claim())
        .contains(
            new AwardClaim(
                WARD,
                YearPeriod.of(2025, 2025),
                "ANNUAL-2025",
                TestLaw.GIAY_KHEN,
                ClaimStatus.PROPOSED));
  }

  @Test
  void anIncompleteDossierAndAnotherParticipantsVerdictAreRefusedTogether() {
    Nomination draft = NominationFixtures.draft("n-1").amend(new Dossier(1, List.of()), "c", SENT);
    VerdictReference other =
        new VerdictReference("run-7", "ward-30748", "ANNUAL-2024", "GK", Outcome.ELIGIBLE, "x");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> draft.submit(LAW, GIAY_KHEN, other, Map.of(), "c", SENT));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "dossier.documents",
            "dossier.documents",
            "verdict.participantId",
            "verdict.occasionCode");
    assertThat(draft.state()).isEqualTo(NominationState.DRAFT);
    assertThat(draft.version()).isEqualTo(2);
  }

  private static Nomination proposal(
      String id, NominatedOccasion on, String planForm, String lawForm) {
    return Nomination.open(
        id, on, "30745", WARD, planForm, lawForm, NominationFixtures.completeDossier());
  }

  private static VerdictReference verdictOn(NominatedOccasion on, String planForm) {
    return new VerdictReference("run-3", WARD, on.code(), planForm, Outcome.ELIGIBLE, "run-3/x");
  }

  private static final Instant JANUARY_2024 = morningOf(2024, 1, 15);

  /** Law art. 5.2.c: the interim review of 2023 judges 2023 again, so it cannot award it twice. */
  @Test
  void theInterimReviewCannotAwardTheWorkTheAnnualRoundOfTheSameYearHolds() {
    Nomination annual =
        proposal("n-annual", ANNUAL_2023, "GK", TestLaw.GIAY_KHEN)
            .submit(LAW, GIAY_KHEN, verdictOn(ANNUAL_2023, "GK"), Map.of(), "c", JANUARY_2024);
    Nomination interim = proposal("n-interim", INTERIM_2023, "BKT", TestLaw.BK_TINH);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                interim.submit(
                    LAW,
                    BANG_KHEN_TINH,
                    verdictOn(INTERIM_2023, "BKT"),
                    Map.of(annual.id(), annual.claim().orElseThrow()),
                    "c",
                    JANUARY_2024));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("participantId");
              assertThat(p.reason().vi()).contains("Điều 5 khoản 2 điểm c").contains("ANNUAL-2023");
              assertThat(p.reason().en())
                  .contains("ward-30745 already holds GIAY_KHEN from the occasion ANNUAL-2023");
            });
  }

  @Test
  void onceTheAnnualProposalIsFoundNotEligibleTheInterimOneMayBeSent() {
    Nomination refused =
        proposal("n-annual", ANNUAL_2023, "GK", TestLaw.GIAY_KHEN)
            .submit(LAW, GIAY_KHEN, verdictOn(ANNUAL_2023, "GK"), Map.of(), "c", JANUARY_2024)
            .findNotEligible("Chưa đạt tiêu chí", "Số liệu G8 sai", "noivu", JANUARY_2024);
    assertThat(refused.claim()).get().extracting(AwardClaim::status).isEqualTo(ClaimStatus.REFUSED);
    Nomination interim =
        proposal("n-interim", INTERIM_2023, "BKT", TestLaw.BK_TINH)
            .submit(
                LAW,
                BANG_KHEN_TINH,
                verdictOn(INTERIM_2023, "BKT"),
                Map.of(refused.id(), refused.claim().orElseThrow()),
                "c",
                JANUARY_2024);
    assertThat(interim.state()).isEqualTo(NominationState.SUBMITTED);
  }

  @Test
  void aReturnedNominationSentAgainIsNotInTheWayOfItself() {
    Nomination returned =
        NominationFixtures.submitted("n-1")
            .returnForCorrection("Bổ sung biên bản", NominationFixtures.CALENDAR, 5, "noivu", SENT);
    Nomination again =
        returned.submit(
            LAW,
            GIAY_KHEN,
            NominationFixtures.verdict(WARD, Outcome.ELIGIBLE),
            Map.of(returned.id(), returned.claim().orElseThrow()),
            "c",
            morningOf(2026, 2, 24));
    assertThat(again.state()).isEqualTo(NominationState.SUBMITTED);
    assertThat(again.version()).isEqualTo(4);
  }

  @Test
  void aSecondProposalOfTheSameWorkInTheSameFormIsRefusedToo() {
    Nomination first = NominationFixtures.submitted("n-1");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                NominationFixtures.draft("n-2")
                    .submit(
                        LAW,
                        GIAY_KHEN,
                        NominationFixtures.verdict(WARD, Outcome.ELIGIBLE),
                        Map.of(first.id(), first.claim().orElseThrow()),
                        "c",
                        SENT));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("participantId");
  }

  @Test
  void aVerdictOnAnotherFormOfTheSameNomineeIsRefused() {
    VerdictReference onBangKhen =
        new VerdictReference("run-7", WARD, "ANNUAL-2025", "BKT", Outcome.ELIGIBLE, "x");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                NominationFixtures.draft("n-1")
                    .submit(LAW, GIAY_KHEN, onBangKhen, Map.of(), "c", SENT));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("verdict.awardFormCode");
              assertThat(p.reason().en())
                  .isEqualTo("The stored verdict is about \"BKT\", not this nomination's \"GK\"");
            });
  }
}
