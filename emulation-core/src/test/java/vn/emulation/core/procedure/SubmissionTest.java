package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.AfterAppraisal.AT;
import static vn.emulation.core.procedure.AfterAppraisal.HOME_AFFAIRS;
import static vn.emulation.core.procedure.AfterAppraisal.LAW;
import static vn.emulation.core.procedure.AfterAppraisal.nominee;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.FormKind;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.TestLaw;

/** Step 7: the submission grouped by form, the decisions within authority, the proposals above. */
class SubmissionTest {

  static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 5);
  static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);

  /** Minutes of a meeting on {@code day} that approved {@code nominees}. */
  static Minutes approving(LocalDate day, Nominee... nominees) {
    List<NomineeResult> results =
        java.util.Arrays.stream(nominees)
            .map(
                n -> new NomineeResult(n, 7, 0, 0, 0, 7, CouncilComposition.DEFAULT_APPROVAL, true))
            .toList();
    return new Minutes(
        "H-1",
        day,
        "Hội trường",
        AfterAppraisal.seven(),
        List.of(),
        CouncilComposition.DEFAULT_QUORUM,
        results);
  }

  static Submission submit(Office office, LocalDate day, Minutes minutes) {
    return Submission.prepare("T-1", minutes, office, day, LAW, HOME_AFFAIRS, AT);
  }

  @Test
  void theApprovedNomineesAreGroupedByFormWithTheOfficesAuthorityOverEach() {
    Submission s = submit(Office.COMMUNE_CHAIRMAN, SUBMITTED_ON, AfterAppraisal.allApproved());

    assertThat(s.groups())
        .containsExactly(
            new FormGroup(
                TestLaw.GIAY_KHEN,
                AfterAppraisal.nominees().subList(0, 2),
                true,
                List.of(Office.COMMUNE_CHAIRMAN, Office.DEPARTMENT_HEAD)),
            new FormGroup(
                TestLaw.HCLD3,
                AfterAppraisal.nominees().subList(2, 3),
                false,
                List.of(Office.PRESIDENT)));
    assertThat(s.proposals())
        .containsExactly(
            new Proposal(
                "T-1",
                TestLaw.HCLD3,
                Office.COMMUNE_CHAIRMAN,
                List.of(Office.PRESIDENT),
                SUBMITTED_ON,
                AfterAppraisal.nominees().subList(2, 3)));
    assertThat(s.version()).isZero();
  }

  /**
   * The city chairman (a district-level office) granted the plan's Giấy khen until 30 June 2025;
   * from 1 July 2025 the commune-level chairman does (Decree 129/2025 art. 59), so the same
   * submission to the city's office becomes a proposal.
   */
  @ParameterizedTest(name = "{0} on {1}: within authority {2}")
  @CsvSource({
    "DISTRICT_CHAIRMAN, 2025-06-30, true",
    "DISTRICT_CHAIRMAN, 2025-07-01, false",
    "COMMUNE_CHAIRMAN, 2025-06-30, false",
    "COMMUNE_CHAIRMAN, 2025-07-01, true",
    "PROVINCE_CHAIRMAN, 2025-07-01, false"
  })
  void whetherTheOfficeMayDecideIsTheLawOfTheDay(Office office, LocalDate day, boolean within) {
    Minutes minutes = approving(LocalDate.of(2025, 6, 20), nominee("N-1", "p1", TestLaw.GIAY_KHEN));

    Submission s = submit(office, day, minutes);

    assertThat(s.groups().get(0).withinAuthority()).isEqualTo(within);
    assertThat(s.proposals()).hasSize(within ? 0 : 1);
  }

  @Test
  void aFormAboveTheCitysAuthorityAfterTheReformIsProposedToTheOfficesThatDecideIt() {
    Minutes minutes =
        approving(
            LocalDate.of(2026, 3, 3),
            nominee("N-1", "p1", TestLaw.GIAY_KHEN),
            nominee("N-2", "p2", TestLaw.BK_TINH));

    Submission s = submit(Office.DISTRICT_CHAIRMAN, SUBMITTED_ON, minutes);

    assertThat(s.proposals())
        .extracting(Proposal::form, Proposal::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TestLaw.GIAY_KHEN, List.of(Office.COMMUNE_CHAIRMAN, Office.DEPARTMENT_HEAD)),
            org.assertj.core.groups.Tuple.tuple(
                TestLaw.BK_TINH, List.of(Office.PROVINCE_CHAIRMAN)));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                s.decide(
                    TestLaw.GIAY_KHEN,
                    "1/QĐ-UBND",
                    DECIDED_ON,
                    "Chủ tịch",
                    AwardType.MERIT,
                    List.of("N-1"),
                    LAW,
                    "chutich",
                    AT));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("form");
    assertThat(e.problems().get(0).reason().en())
        .isEqualTo(
            "The form GIAY_KHEN is above the authority of the Chairman of the district-level"
                + " People's Committee: it is proposed to the level above");
    assertThat(s.close("chutich", AT).state()).isEqualTo(SubmissionState.CLOSED);
  }

  @Test
  void aDecisionWithinAuthorityYieldsTheAwardEachAwardeesHistoryAppends() {
    Submission s = ProcedureTransitionsTest.decided();

    Decision d = s.decisionOn(TestLaw.GIAY_KHEN).orElseThrow();
    assertThat(d.number()).isEqualTo("15/QĐ-UBND");
    assertThat(d.decidedOn()).isEqualTo(DECIDED_ON);
    assertThat(d.signer()).isEqualTo("Nguyễn Văn Chủ tịch");
    assertThat(d.office()).isEqualTo(Office.COMMUNE_CHAIRMAN);
    assertThat(d.authority()).isEqualTo("Điều 59, Nghị định số 129/2025/NĐ-CP");
    assertThat(d.kind()).isEqualTo(FormKind.COMMENDATION);
    assertThat(d.awardees())
        .extracting(Nominee::participantId)
        .containsExactly("official-1", "official-2");

    ParticipantHistory h = d.appendTo(ParticipantHistory.empty("official-1"));
    assertThat(h.awards())
        .containsExactly(
            new AwardRecord(TestLaw.GIAY_KHEN, AwardType.MOVEMENT, "15/QĐ-UBND", DECIDED_ON, null));
    assertThatThrownBy(() -> d.appendTo(ParticipantHistory.empty("official-3")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.close("chutich", AT).state()).isEqualTo(SubmissionState.CLOSED);
  }

  @Test
  void aTitleDecidedIsRecordedForTheYearOfTheAchievement() {
    Minutes minutes =
        approving(LocalDate.of(2026, 3, 3), nominee("N-1", "official-1", TestLaw.CSTDCS));
    Submission s =
        submit(Office.COMMUNE_CHAIRMAN, SUBMITTED_ON, minutes)
            .decide(
                TestLaw.CSTDCS,
                "20/QĐ-UBND",
                DECIDED_ON,
                "Chủ tịch",
                AwardType.MOVEMENT,
                List.of("N-1"),
                LAW,
                "chutich",
                AT);

    ParticipantHistory h =
        s.decisionOn(TestLaw.CSTDCS).orElseThrow().appendTo(ParticipantHistory.empty("official-1"));

    assertThat(h.titles())
        .containsExactly(new TitleRecord(2025, TestLaw.CSTDCS, "20/QĐ-UBND", null));
    assertThat(h.awards()).isEmpty();
  }

  @Test
  void aDecisionReportsEveryProblemAtOnce() {
    Submission s = ProcedureTransitionsTest.submitted();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                s.decide(
                    TestLaw.GIAY_KHEN,
                    " ",
                    LocalDate.of(2026, 3, 4),
                    "",
                    null,
                    List.of("N-1", "N-3", "N-1"),
                    LAW,
                    "chutich",
                    AT));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("number", "signer", "type", "decidedOn", "awardees[1]", "awardees[2]");
    assertThat(e.problems().get(4).reason().en())
        .isEqualTo("The nomination N-3 is not among the submission's nominees for GIAY_KHEN");
    assertThat(s.decisions()).isEmpty();

    Submission decided = ProcedureTransitionsTest.decide(s);
    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class, () -> ProcedureTransitionsTest.decide(decided));
    assertThat(twice.problems()).extracting(Problem::path).containsExactly("form");
  }

  @Test
  void aSubmissionClosesOnlyWhenEveryFormWithinAuthorityIsDecided() {
    Submission s = ProcedureTransitionsTest.submitted();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> s.close("chutich", AT));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("groups[0]");

    InvalidInputException late =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ProcedureTransitionsTest.decided().returnToHomeAffairs("Bổ sung", "chutich", AT));
    assertThat(late.problems()).extracting(Problem::path).containsExactly("decisions");
  }

  @Test
  void aSubmissionNeedsApprovedNomineesAndADayAfterTheMeeting() {
    Minutes none =
        new Minutes(
            "H-9",
            LocalDate.of(2026, 3, 3),
            "Hội trường",
            AfterAppraisal.seven(),
            List.of(),
            CouncilComposition.DEFAULT_QUORUM,
            List.of());

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> submit(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 2), none));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("meetingId", "submittedOn");
  }
}
