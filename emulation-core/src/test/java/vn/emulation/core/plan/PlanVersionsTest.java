package vn.emulation.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;

class PlanVersionsTest {

  private static final LocalDate ISSUED = LocalDate.of(2022, 12, 1);
  private static final LocalDate AMENDED = LocalDate.of(2024, 3, 15);
  private static final LocalDate CLOSED = LocalDate.of(2026, 1, 1);

  private static PlanVersions drafts(int... numbers) {
    PlanVersions all = new PlanVersions("rach-gia", List.of());
    for (int n : numbers) {
      all = all.withDraft(n);
    }
    return all;
  }

  private static PlanVersions amended() {
    return drafts(1, 2).bringIntoForce(1, ISSUED).bringIntoForce(2, AMENDED);
  }

  @Test
  void theVersionInForceOnADayIsTheOneWhoseDaysHoldIt() {
    PlanVersions plan = amended();

    assertThat(plan.inForceOn(ISSUED)).map(PlanVersion::version).contains(1);
    assertThat(plan.inForceOn(AMENDED.minusDays(1))).map(PlanVersion::version).contains(1);
    assertThat(plan.inForceOn(AMENDED)).map(PlanVersion::version).contains(2);
    assertThat(plan.inForceOn(ISSUED.minusDays(1))).isEmpty();
  }

  @Test
  void bringingAVersionIntoForceSupersedesTheOneInForceFromThatDay() {
    PlanVersions plan = amended();

    assertThat(plan.version(1))
        .contains(new PlanVersion(1, PlanStatus.SUPERSEDED, ISSUED, AMENDED));
    assertThat(plan.version(2)).contains(new PlanVersion(2, PlanStatus.IN_FORCE, AMENDED, null));
    assertThat(plan.current()).map(PlanVersion::version).contains(2);
  }

  @Test
  void aDraftIsNeverInForceAndAPlanOfDraftsGovernsNothing() {
    PlanVersions plan = drafts(1, 2).bringIntoForce(1, ISSUED);

    assertThat(plan.version(2)).contains(PlanVersion.draft(2));
    assertThat(plan.inForceOn(LocalDate.of(2030, 1, 1))).map(PlanVersion::version).contains(1);
    assertThat(drafts(1).governingOn(ISSUED)).isEmpty();
  }

  @Test
  void aQuestionBeforeTheFirstVersionOrAfterTheClosureIsAnsweredByTheNearestVersion() {
    PlanVersions plan = amended().close(2, CLOSED);

    assertThat(plan.inForceOn(CLOSED)).isEmpty();
    assertThat(plan.governingOn(CLOSED.plusYears(1))).map(PlanVersion::version).contains(2);
    assertThat(plan.governingOn(LocalDate.of(2022, 1, 1))).map(PlanVersion::version).contains(1);
    assertThat(plan.governingOn(AMENDED.minusDays(1))).map(PlanVersion::version).contains(1);
  }

  /** As the upgrade to dated versions leaves a plan: older versions governed no day. */
  private static PlanVersions backfilled() {
    LocalDate start = LocalDate.of(2022, 1, 1);
    return new PlanVersions(
        "rach-gia",
        List.of(
            new PlanVersion(1, PlanStatus.SUPERSEDED, start, start),
            new PlanVersion(2, PlanStatus.IN_FORCE, start, null)));
  }

  @Test
  void aVersionSupersededOnTheDayItStartedAnswersForNoDay() {
    PlanVersions plan = backfilled();

    assertThat(plan.governingOn(LocalDate.of(2021, 6, 1))).map(PlanVersion::version).contains(2);
    assertThat(plan.governingOn(LocalDate.of(2024, 6, 1))).map(PlanVersion::version).contains(2);
    PlanVersions closed = plan.close(2, LocalDate.of(2026, 1, 1));
    assertThat(closed.governingOn(LocalDate.of(2026, 6, 1))).map(PlanVersion::version).contains(2);
    assertThat(closed.closedBy(LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(closed.closedBy(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2026, 1, 1));
    assertThat(plan.closedBy(LocalDate.of(2030, 1, 1))).isEmpty();
    // the closure is seen although version 1 started on the same day
    assertThatThrownBy(() -> closed.withDraft(3).bringIntoForce(3, LocalDate.of(2026, 6, 1)))
        .isInstanceOf(PlanStatusRefusedException.class)
        .hasMessageContaining("the plan closed on 2026-01-01");
  }

  @Test
  void theStatusesAVersionMayTakeNext() {
    assertThat(PlanStatus.DRAFT.allowedNext()).containsExactly(PlanStatus.IN_FORCE);
    assertThat(PlanStatus.IN_FORCE.allowedNext())
        .containsExactlyInAnyOrder(PlanStatus.SUPERSEDED, PlanStatus.CLOSED);
    assertThat(PlanStatus.SUPERSEDED.allowedNext()).isEmpty();
    assertThat(PlanStatus.CLOSED.allowedNext()).isEmpty();
  }

  @Test
  void aCommandMayAskForWhatComesNextButSupersedingWhichOnlyALaterVersionBrings() {
    assertThat(PlanStatus.DRAFT.askableNext()).containsExactly(PlanStatus.IN_FORCE);
    assertThat(PlanStatus.IN_FORCE.askableNext()).containsExactly(PlanStatus.CLOSED);
    assertThat(PlanStatus.SUPERSEDED.askableNext()).isEmpty();
    assertThat(PlanStatus.CLOSED.askableNext()).isEmpty();
    for (PlanStatus from : PlanStatus.values()) {
      assertThat(PlanStatus.values())
          .filteredOn(to -> from.askableNext().contains(to))
          .allMatch(from::mayBecome);
    }
  }

  @Test
  void aSupersededVersionCannotComeBackAndTheRefusalSaysSoInBothLanguages() {
    PlanVersions plan = amended();

    assertThatThrownBy(() -> plan.change(1, PlanStatus.IN_FORCE, CLOSED))
        .isInstanceOfSatisfying(
            PlanStatusRefusedException.class,
            e -> {
              assertThat(e.allowed()).isEmpty();
              assertThat(e.reason().vi())
                  .contains("phiên bản 1")
                  .contains("SUPERSEDED")
                  .contains("không còn trạng thái nào được phép");
              assertThat(e.reason().en()).contains("no status is allowed any more");
            });
  }

  @Test
  void aDraftCannotBeClosedAndTheRefusalNamesWhatItMayBecome() {
    assertThatThrownBy(() -> drafts(1).change(1, PlanStatus.CLOSED, CLOSED))
        .isInstanceOfSatisfying(
            PlanStatusRefusedException.class,
            e -> {
              assertThat(e.allowed()).containsExactly(PlanStatus.IN_FORCE);
              assertThat(e.reason().en()).contains("cannot become CLOSED; allowed: IN_FORCE");
              assertThat(e.reason().vi()).contains("trạng thái được phép: IN_FORCE");
            });
  }

  @Test
  void supersedingIsNoCommandAndNothingBecomesADraftAgain() {
    PlanVersions plan = drafts(1).bringIntoForce(1, ISSUED);

    assertThatThrownBy(() -> plan.change(1, PlanStatus.SUPERSEDED, CLOSED))
        .isInstanceOfSatisfying(
            PlanStatusRefusedException.class,
            e -> {
              assertThat(e.allowed()).containsExactly(PlanStatus.CLOSED);
              assertThat(e.reason().en()).contains("only when a later one comes into force");
            });
    assertThatThrownBy(() -> plan.change(1, PlanStatus.DRAFT, CLOSED))
        .isInstanceOf(PlanStatusRefusedException.class);
  }

  @Test
  void aLaterVersionMustStartAfterTheOneItSupersedesAndAnEarlierOneCannotFollowIt() {
    PlanVersions one = drafts(1, 2, 3).bringIntoForce(2, AMENDED);

    assertThatThrownBy(() -> one.bringIntoForce(3, AMENDED))
        .isInstanceOf(PlanStatusRefusedException.class)
        .hasMessageContaining("must come into force after " + AMENDED);
    assertThatThrownBy(() -> one.bringIntoForce(1, CLOSED))
        .isInstanceOf(PlanStatusRefusedException.class)
        .hasMessageContaining("the later version 2 is in force");
  }

  @Test
  void nothingComesIntoForceAfterThePlanClosed() {
    PlanVersions closed = drafts(1, 2).bringIntoForce(1, ISSUED).close(1, CLOSED);

    assertThatThrownBy(() -> closed.bringIntoForce(2, CLOSED.plusDays(1)))
        .isInstanceOfSatisfying(
            PlanStatusRefusedException.class,
            e -> assertThat(e.reason().en()).contains("the plan closed on " + CLOSED));
  }

  @Test
  void aVersionComesIntoForceByDefaultOnItsAmendmentOrItsIssueOrItsPeriod() {
    Amendment amendment =
        new Amendment(2, AMENDED, "12/QĐ-UBND", LocalizedText.of("sửa", "amended"));

    assertThat(PlanVersion.defaultInForceFrom(identity(2, ISSUED, List.of(amendment))))
        .isEqualTo(AMENDED);
    assertThat(PlanVersion.defaultInForceFrom(identity(1, ISSUED, List.of(amendment))))
        .isEqualTo(ISSUED);
    assertThat(PlanVersion.defaultInForceFrom(identity(1, null, List.of())))
        .isEqualTo(LocalDate.of(2022, 1, 1));
  }

  private static PlanIdentity identity(int version, LocalDate issued, List<Amendment> amendments) {
    LocalizedText t = LocalizedText.of("x", "x");
    return new PlanIdentity(
        "rach-gia",
        version,
        null,
        t,
        issued,
        t,
        t,
        t,
        new YearPeriod(2022, 2025),
        PlanStatus.IN_FORCE,
        List.of(),
        amendments);
  }
}
