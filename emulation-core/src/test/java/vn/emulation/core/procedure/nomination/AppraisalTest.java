package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.Fixtures.morningOf;
import static vn.emulation.core.procedure.nomination.NominationFixtures.APPRAISED;
import static vn.emulation.core.procedure.nomination.NominationFixtures.CALENDAR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.calendar.CalendarDataMissingException;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Outcome;

/** Home Affairs' appraisal of one nomination: its reasons, departures and days to correct. */
class AppraisalTest {

  @ParameterizedTest(name = "{0} after a verdict {1}: departs {2}")
  @CsvSource({
    "ELIGIBLE, ELIGIBLE, false",
    "ELIGIBLE, NOT_ELIGIBLE, true",
    "ELIGIBLE, INCOMPLETE, true",
    "NOT_ELIGIBLE, NOT_ELIGIBLE, false",
    "NOT_ELIGIBLE, ELIGIBLE, true",
    "NOT_ELIGIBLE, INCOMPLETE, true",
    "RETURN_FOR_CORRECTION, ELIGIBLE, false",
    "RETURN_FOR_CORRECTION, NOT_ELIGIBLE, false",
    "RETURN_FOR_CORRECTION, INCOMPLETE, false"
  })
  void aConclusionDepartsFromTheVerdictWhenItDiffers(
      AppraisalDecision decision, Outcome verdict, boolean departs) {
    assertThat(decision.departsFrom(verdict)).isEqualTo(departs);
  }

  @Test
  void eligibleAsTheVerdictSaidNeedsNoReason() {
    Nomination n = NominationFixtures.submitted("n-1").findEligible(null, null, "noivu", APPRAISED);
    assertThat(n.state()).isEqualTo(NominationState.ELIGIBLE);
    assertThat(n.appraisal())
        .get()
        .satisfies(
            a -> {
              assertThat(a.decision()).isEqualTo(AppraisalDecision.ELIGIBLE);
              assertThat(a.appraiser()).isEqualTo("noivu");
              assertThat(a.departsFromVerdict()).isFalse();
              assertThat(a.departureReasonIfAny()).isEmpty();
            });
  }

  @Test
  void anAppraiserWhoDepartsFromTheStoredVerdictSaysWhy() {
    Nomination sent = NominationFixtures.submitted("n-1", Outcome.NOT_ELIGIBLE);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> sent.findEligible(null, "  ", "noivu", APPRAISED));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("departureReason");
    assertThat(e.problems().get(0).reason().en())
        .isEqualTo(
            "The conclusion ELIGIBLE departs from the stored verdict (NOT_ELIGIBLE, evaluation"
                + " run run-7): say why");

    Nomination eligible =
        sent.findEligible(null, "Sở đã xác nhận số liệu G8 mới", "noivu", APPRAISED);
    assertThat(eligible.appraisal().orElseThrow().departsFromVerdict()).isTrue();
    assertThat(eligible.appraisal().orElseThrow().departureReason())
        .isEqualTo("Sở đã xác nhận số liệu G8 mới");
  }

  @Test
  void notEligibleNeedsAReasonAndADepartureReasonBothReportedAtOnce() {
    Nomination sent = NominationFixtures.submitted("n-1", Outcome.ELIGIBLE);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> sent.findNotEligible(null, null, "noivu", APPRAISED));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("reason", "departureReason");
    assertThat(sent.state()).isEqualTo(NominationState.SUBMITTED);
  }

  /** Tết 2026 is 16–20 February: five working days from Friday 13 February end on the 27th. */
  @Test
  void theDaysToCorrectAreWorkingDaysAndTetDoesNotCount() {
    Nomination returned =
        NominationFixtures.submitted("n-1")
            .returnForCorrection(
                "Bổ sung biên bản họp Hội đồng", CALENDAR, 5, "noivu", morningOf(2026, 2, 13));
    assertThat(returned.state()).isEqualTo(NominationState.RETURNED);
    assertThat(returned.appraisal().orElseThrow().correctionDueOn())
        .isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(returned.isCorrectionOverdueOn(LocalDate.of(2026, 2, 27))).isFalse();
    assertThat(returned.isCorrectionOverdueOn(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(returned.log().last("returnForCorrection").orElseThrow().reason())
        .isEqualTo("Bổ sung biên bản họp Hội đồng");

    Nomination thursday =
        NominationFixtures.submitted("n-2")
            .returnForCorrection("Bổ sung", CALENDAR, 2, "noivu", morningOf(2026, 2, 12));
    assertThat(thursday.appraisal().orElseThrow().correctionDueOn())
        .isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void aReturnNeedsAReasonAndAtLeastOneDay() {
    Nomination sent = NominationFixtures.submitted("n-1");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> sent.returnForCorrection("", CALENDAR, 0, "noivu", APPRAISED));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("reason", "correctionWorkingDays");
  }

  @Test
  void aReturnTheCalendarCannotCountIsRefusedNotGuessed() {
    Nomination sent = NominationFixtures.submitted("n-1");
    assertThatThrownBy(
            () ->
                sent.returnForCorrection("Bổ sung", CALENDAR, 5, "noivu", morningOf(2026, 12, 28)))
        .isInstanceOf(CalendarDataMissingException.class);
  }

  @Test
  void aReasonLongerThanAParagraphIsRefused() {
    Nomination sent = NominationFixtures.submitted("n-1");
    String long4001 = "x".repeat(vn.emulation.core.procedure.Reasons.MAX_LENGTH + 1);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> sent.findNotEligible(long4001, "vì", "noivu", APPRAISED));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("reason");
              assertThat(p.reason().en())
                  .isEqualTo("A reason is at most 4000 characters, was 4001");
            });
  }
}
