package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.testing.InMemoryCases;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The generic flow of a command on a procedure case, on registrations in memory: each refusal in
 * its order (404, 403, 428, 412, 409, 400, 412 on a lost race) stores and audits nothing; a command
 * that goes through is stored on the version read and audited {@code <kind>.<command>} with the
 * states before and after.
 */
class CaseFlowTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final Caller WARD_REPORTER = InMemoryCity.WARD_REPORTER;
  private static final Caller OTHER_WARD_HEAD =
      new Caller("binh.head", Set.of(Role.UNIT_HEAD), InMemoryCity.OTHER_WARD);

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final InMemoryCases<Registration> store =
      new InMemoryCases<>(Registration::id, Registration::version);
  private final CaseFlow<Registration> flow =
      new CaseFlows(plans, Scopes.of(city), city.callers, city.audit, InMemoryCity.CLOCK)
          .of(Registrations.KIND, store);
  private final int entriesBefore = city.auditLog.entries().size();

  private static Registration opened(List<String> participants, FileReference ownPlan) {
    return Registration.open(
        "reg-1",
        PLAN,
        null,
        InMemoryCity.WARD,
        participants,
        ownPlan,
        new RegistrationDeadline(LocalDate.of(2023, 1, 31), "REGISTRATION"),
        "tram.reporter",
        Instant.parse("2023-01-05T02:00:00Z"));
  }

  private static Registration draft() {
    return opened(
        List.of("p-1"), new FileReference("ke-hoach.pdf", FileReference.PDF, 10, "ab".repeat(32)));
  }

  private Tagged<Registration> submit(Precondition seen) {
    return flow.change(
        PLAN,
        "reg-1",
        seen,
        WhoMayAct.UNIT_STAFF,
        Registration.SUBMIT,
        r -> r.submit(flow.actor(), flow.now()));
  }

  private List<AuditEntry> newEntries() {
    List<AuditEntry> all = city.auditLog.entries();
    return all.subList(entriesBefore, all.size());
  }

  @Test
  void opensStoresAndAuditsTheCaseTaggedWithItsVersion() {
    city.callers.actAs(WARD_REPORTER);

    Tagged<Registration> opened = flow.open(draft());

    assertThat(opened.tag()).isEqualTo("1");
    assertThat(store.find("reg-1")).isPresent();
    assertThat(newEntries()).extracting(AuditEntry::action).containsExactly("registration.open");
    assertThat(newEntries().get(0).target()).isEqualTo("plans/" + PLAN + "/registrations/reg-1");
    assertThat(newEntries().get(0).beforeState()).isNull();
  }

  @Test
  void aCommandOnTheVersionReadIsStoredAndAuditedWithBothStates() {
    store.insert(draft());
    city.callers.actAs(WARD_REPORTER);

    Tagged<Registration> sent = submit(Precondition.oneOf(List.of("1")));

    assertThat(sent.tag()).isEqualTo("2");
    assertThat(store.find("reg-1").orElseThrow().state()).isEqualTo(RegistrationState.SUBMITTED);
    AuditEntry entry = newEntries().get(0);
    assertThat(entry.action()).isEqualTo("registration.submit");
    assertThat(entry.actor()).isEqualTo("tram.reporter");
    assertThat(entry.beforeState()).contains("\"state\":\"DRAFT\"");
    assertThat(entry.afterState()).contains("\"state\":\"SUBMITTED\"");
  }

  @Test
  void anotherPlansOrAnotherUnitsCaseReadsAsUnknown() {
    store.insert(draft());
    city.callers.actAs(OTHER_WARD_HEAD);

    assertThatThrownBy(() -> flow.find(PLAN, "reg-1"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No registration reg-1 in plan " + PLAN);
    city.callers.actAs(WARD_REPORTER);
    assertThat(flow.find(PLAN, "reg-1").tag()).isEqualTo("1");
    assertThatThrownBy(() -> flow.read("another-plan", "reg-1"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anotherUnitsStaffAndAUnitForHomeAffairsAreRefusedBeforeTheVersionIsLookedAt() {
    store.insert(draft());
    city.callers.actAs(OTHER_WARD_HEAD);

    assertThatThrownBy(() -> submit(Precondition.none())).isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(WARD_REPORTER);
    assertThatThrownBy(
            () ->
                flow.change(
                    PLAN,
                    "reg-1",
                    Precondition.none(),
                    WhoMayAct.HOME_AFFAIRS,
                    Registration.ACCEPT,
                    r -> r))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("accept");
    assertThat(newEntries()).isEmpty();
  }

  @Test
  void aUnitRoleRuleRefusesHomeAffairsAndOtherUnits() {
    store.insert(draft());
    WhoMayAct heads = WhoMayAct.unitRoles(Role.UNIT_HEAD);
    city.callers.actAs(InMemoryCity.OFFICER);

    assertThatThrownBy(
            () ->
                flow.change(
                    PLAN, "reg-1", Precondition.anyVersion(), heads, Registration.SUBMIT, r -> r))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("unit-head");
    city.callers.actAs(OTHER_WARD_HEAD);
    assertThatThrownBy(
            () ->
                flow.change(
                    PLAN, "reg-1", Precondition.anyVersion(), heads, Registration.SUBMIT, r -> r))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(InMemoryCity.WARD);
  }

  @Test
  void aCommandWithoutIfMatchIs428AndAStaleOne412() {
    store.insert(draft());
    city.callers.actAs(WARD_REPORTER);

    assertThatThrownBy(() -> submit(Precondition.none()))
        .isInstanceOf(PreconditionRequiredException.class)
        .hasMessageContaining("If-Match");
    assertThatThrownBy(() -> submit(Precondition.oneOf(List.of("7"))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(store.find("reg-1").orElseThrow().version()).isEqualTo(1);
    assertThat(newEntries()).isEmpty();
  }

  @Test
  void aCommandTheStateDoesNotAllowNamesTheAllowedOnes() {
    store.insert(draft());
    city.callers.actAs(InMemoryCity.OFFICER);

    CommandRefusedException e =
        catchThrowableOfType(
            CommandRefusedException.class,
            () ->
                flow.change(
                    PLAN,
                    "reg-1",
                    Precondition.anyVersion(),
                    WhoMayAct.HOME_AFFAIRS,
                    Registration.ACCEPT,
                    r -> r.accept(flow.actor(), flow.now(), null)));

    assertThat(e.allowed()).containsExactly(Registration.AMEND, Registration.SUBMIT);
    assertThat(newEntries()).isEmpty();
  }

  @Test
  void theCoresProblemsJoinTheUseCasesAndNothingIsStored() {
    store.insert(opened(List.of(), null));
    city.callers.actAs(WARD_REPORTER);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                flow.change(
                    PLAN,
                    "reg-1",
                    Precondition.anyVersion(),
                    WhoMayAct.UNIT_STAFF,
                    Registration.SUBMIT,
                    r -> {
                      ProblemCollector problems = new ProblemCollector();
                      problems.add("note", LocalizedText.of("ghi chú", "note"));
                      return CaseFlow.withProblems(
                          problems, "registration", () -> r.submit(flow.actor(), flow.now()));
                    }));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("note", "ownPlan", "participantIds");
    assertThat(store.find("reg-1").orElseThrow().version()).isEqualTo(1);
    assertThat(newEntries()).isEmpty();
  }

  @Test
  void aRaceLostAfterTheReadIs412AndAuditsNothing() {
    store.insert(draft());
    city.callers.actAs(WARD_REPORTER);
    store.meanwhile(
        () ->
            store.overwrite(
                draft().amend(List.of("p-2"), null, "someone.else", InMemoryCity.CLOCK.instant())));

    assertThatThrownBy(() -> submit(Precondition.oneOf(List.of("1"))))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("version 1");
    assertThat(store.find("reg-1").orElseThrow().participantIds()).containsExactly("p-2");
    assertThat(newEntries()).isEmpty();
  }
}
