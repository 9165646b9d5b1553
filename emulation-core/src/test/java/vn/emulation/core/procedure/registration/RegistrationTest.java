package vn.emulation.core.procedure.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.Fixtures.morningOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.Fixtures;

/** A unit's registration: its contents, its deadline from the plan, and a late one marked late. */
class RegistrationTest {

  static final RegistrationDeadline JANUARY_2023 =
      RegistrationDeadline.set(LocalDate.of(2023, 1, 31));
  private static final Instant OPENED = morningOf(2023, 1, 5);

  static Registration draft() {
    return Registration.open(
        "reg-30745",
        "rach-gia-2022-2025",
        null,
        "30745",
        List.of("ward-30745", "can-bo-17"),
        Fixtures.pdf("ke-hoach-thi-dua-phuong-vinh-quang"),
        JANUARY_2023,
        "ward.clerk",
        OPENED);
  }

  @Test
  void openingReportsEveryProblemAtOnce() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Registration.open(
                    "reg 1",
                    "Rach Gia",
                    "",
                    "30745",
                    List.of("ward-30745", "ward-30745"),
                    null,
                    JANUARY_2023,
                    "ward.clerk",
                    OPENED));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("id", "planCode", "occasionCode", "participantIds[1]");
    assertThat(e.problems().get(3).reason().vi()).contains("hai lần");
  }

  @Test
  void submittingWithoutOwnPlanOrParticipantsNamesBoth() {
    Registration empty =
        Registration.open(
            "reg-1",
            "rach-gia-2022-2025",
            null,
            "30745",
            List.of(),
            null,
            JANUARY_2023,
            "u",
            OPENED);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> empty.submit("u", OPENED));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("ownPlan", "participantIds");
    assertThat(empty.state()).isEqualTo(RegistrationState.DRAFT);
  }

  @Test
  void theDeadlineIsTheOneThePlansRegistrationCriterionNames() {
    Plan plan = TestPlans.withCriteria(TestPlans.registered("OWN-PLAN"));
    assertThat(RegistrationDeadline.fromPlan(plan))
        .contains(
            new RegistrationDeadline(TestPlans.REGISTRATION_DUE, TestPlans.REGISTRATION_DEADLINE));
    Plan without = TestPlans.withCriteria(TestPlans.declaration("GEN", false));
    assertThat(RegistrationDeadline.fromPlan(without)).isEmpty();
  }

  @Test
  void theDeadlineIsFoundInsideAnAnyOfCriterion() {
    Plan plan =
        TestPlans.withCriteria(
            TestPlans.anyOf(
                "ONE-OF", TestPlans.declaration("GEN", false), TestPlans.registered("OWN-PLAN")));
    assertThat(RegistrationDeadline.fromPlan(plan).map(RegistrationDeadline::dueOn))
        .contains(TestPlans.REGISTRATION_DUE);
  }

  /** 31 January at 23:30 in Vietnam is 16:30 UTC: on time; 17:00 UTC is 1 February: late. */
  @Test
  void aRegistrationIsLateByItsDayInVietnamNotOnTheServersClock() {
    Registration onTime = draft().submit("ward.clerk", Instant.parse("2023-01-31T16:30:00Z"));
    Registration late = draft().submit("ward.clerk", Instant.parse("2023-01-31T17:00:00Z"));
    assertThat(onTime.isLate()).isFalse();
    assertThat(onTime.firstSubmittedOn()).contains(LocalDate.of(2023, 1, 31));
    assertThat(late.isLate()).isTrue();
    assertThat(late.firstSubmittedOn()).contains(LocalDate.of(2023, 2, 1));
  }

  @Test
  void aLateRegistrationIsMarkedNotRefusedAndHomeAffairsMayStillAcceptIt() {
    Registration late = draft().submit("ward.clerk", morningOf(2023, 2, 20));
    assertThat(late.state()).isEqualTo(RegistrationState.SUBMITTED);
    assertThat(late.isLate()).isTrue();
    assertThat(late.accept("noivu", morningOf(2023, 2, 21), null).state())
        .isEqualTo(RegistrationState.ACCEPTED);
  }

  @Test
  void sendingAgainAfterAReturnDoesNotMakeAnOnTimeRegistrationLate() {
    Registration again =
        draft()
            .submit("ward.clerk", morningOf(2023, 1, 30))
            .returnForCorrection("noivu", morningOf(2023, 2, 3), "Kế hoạch chưa có chữ ký")
            .submit("ward.clerk", morningOf(2023, 2, 10));
    assertThat(again.isLate()).isFalse();
    assertThat(again.log().transitions())
        .extracting(t -> t.command() + ":" + t.actor())
        .containsExactly("submit:ward.clerk", "return:noivu", "submit:ward.clerk");
    assertThat(again.log().transitions().get(1).reason()).isEqualTo("Kế hoạch chưa có chữ ký");
    assertThat(again.version()).isEqualTo(4);
  }

  @Test
  void aReturnNeedsAReasonAndChangesNothingWithoutOne() {
    Registration sent = draft().submit("ward.clerk", morningOf(2023, 1, 30));
    for (String blank : new String[] {null, "", "   "}) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> sent.returnForCorrection("noivu", morningOf(2023, 2, 1), blank));
      assertThat(e.problems()).extracting(Problem::path).containsExactly("reason");
      assertThat(e.problems().get(0).reason().en()).contains("\"return\" needs a reason");
    }
    assertThat(sent.state()).isEqualTo(RegistrationState.SUBMITTED);
    assertThat(sent.version()).isEqualTo(2);
  }

  @Test
  void amendingReplacesTheParticipantsAndThePlan() {
    Registration amended =
        draft().amend(List.of("ward-30745"), Fixtures.pdf("ke-hoach-moi"), "ward.clerk", OPENED);
    assertThat(amended.participantIds()).containsExactly("ward-30745");
    assertThat(amended.ownPlan()).get().extracting(f -> f.name()).isEqualTo("ke-hoach-moi.pdf");
    assertThat(amended.version()).isEqualTo(2);
  }
}
