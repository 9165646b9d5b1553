package vn.emulation.core.procedure.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.nomination.NominationFixtures.APPRAISED;
import static vn.emulation.core.procedure.nomination.NominationFixtures.CALENDAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.NominationFixtures;
import vn.emulation.core.procedure.nomination.NominationState;

/** A batch appraisal is all or none, and names every problem of every case. */
class BatchAppraisalTest {

  private final Nomination a = NominationFixtures.submitted("n-a", Outcome.ELIGIBLE);
  private final Nomination b = NominationFixtures.submitted("n-b", Outcome.NOT_ELIGIBLE);
  private final Nomination c = NominationFixtures.submitted("n-c", Outcome.INCOMPLETE);
  private final Nomination draft = NominationFixtures.draft("n-d");

  @Test
  void everyCaseIsAppraisedAndReturnedInTheRequestsOrder() {
    List<Nomination> done =
        BatchAppraisal.appraise(
            List.of(a, b, c),
            List.of(
                new AppraisalRequest(
                    "n-c", AppraisalDecision.RETURN_FOR_CORRECTION, "Bổ sung", null),
                new AppraisalRequest("n-a", AppraisalDecision.ELIGIBLE, null, null),
                new AppraisalRequest("n-b", AppraisalDecision.NOT_ELIGIBLE, "Không đạt G8", null)),
            CALENDAR,
            5,
            "noivu",
            APPRAISED);
    assertThat(done)
        .extracting(Nomination::id, Nomination::state, Nomination::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n-c", NominationState.RETURNED, 3L),
            org.assertj.core.groups.Tuple.tuple("n-a", NominationState.ELIGIBLE, 3L),
            org.assertj.core.groups.Tuple.tuple("n-b", NominationState.NOT_ELIGIBLE, 3L));
  }

  @Test
  void oneBadCaseAppraisesNoneAndEveryProblemOfEveryCaseIsListed() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                BatchAppraisal.appraise(
                    List.of(a, b, c, draft),
                    List.of(
                        new AppraisalRequest("n-a", AppraisalDecision.ELIGIBLE, null, null),
                        new AppraisalRequest("n-b", AppraisalDecision.ELIGIBLE, null, null),
                        new AppraisalRequest("n-c", AppraisalDecision.NOT_ELIGIBLE, " ", null),
                        new AppraisalRequest("n-d", AppraisalDecision.ELIGIBLE, null, null),
                        new AppraisalRequest("n-x", AppraisalDecision.ELIGIBLE, null, null),
                        new AppraisalRequest("n-a", AppraisalDecision.ELIGIBLE, null, null)),
                    CALENDAR,
                    5,
                    "noivu",
                    APPRAISED));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "items[1].departureReason",
            "items[2].reason",
            "items[2].departureReason",
            "items[3]",
            "items[4].nominationId",
            "items[5].nominationId");
    assertThat(e.problems().get(3).reason().en())
        .isEqualTo(
            "Cannot \"findEligible\" a nomination in state DRAFT; the commands allowed: amend,"
                + " submit");
    assertThat(List.of(a, b, c))
        .allSatisfy(n -> assertThat(n.state()).isEqualTo(NominationState.SUBMITTED));
  }

  @Test
  void anEmptyBatchIsAProblem() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> BatchAppraisal.appraise(List.of(a), List.of(), CALENDAR, 5, "noivu", APPRAISED));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("items");
  }
}
