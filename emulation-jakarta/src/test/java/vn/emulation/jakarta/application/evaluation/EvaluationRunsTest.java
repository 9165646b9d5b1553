package vn.emulation.jakarta.application.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.evaluation.EvaluationCommands.StartRun;
import vn.emulation.jakarta.application.events.RecordingEvents;
import vn.emulation.jakarta.application.events.VerdictStored;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.EvaluationService;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.workspace.OccasionJudging;
import vn.emulation.jakarta.application.workspace.VerdictFilter;
import vn.emulation.jakarta.infrastructure.persistence.JpaAuditRepository;
import vn.emulation.jakarta.interfaces.security.TestCallers;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * Evaluation runs over a small city of the Rạch Giá plan, evaluated by the real evaluator: a run
 * keeps the verdicts the live computation gave at that moment, and keeps them when the evidence
 * changes afterwards; only the administrator and Home Affairs start one; reads are scoped to the
 * caller's units like the live ones.
 */
class EvaluationRunsTest {

  static final String PLAN = "rach-gia-2022-2025";
  static final PageRequest FIRST = new PageRequest(0, 20);
  static final String OCCASION = "ANNUAL-2023";
  static final String GK = "GIAY_KHEN_CHU_TICH_TP";
  static final String CITY = "899";
  static final String WARD_A = "30745";
  static final String WARD_B = "30748";
  static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

  static final Plan RACH_GIA = load();

  static final Caller OFFICER = new Caller("hoa.tran", EnumSet.of(Role.OFFICER), null);
  static final Caller ADMIN = new Caller("admin", EnumSet.of(Role.ADMIN), null);
  static final Caller REPORTER_A = new Caller("lan.nguyen", EnumSet.of(Role.REPORTER), WARD_A);
  static final Caller COUNCIL = new Caller("council", EnumSet.of(Role.COUNCIL), null);

  /** 15 December 2023, in Vietnam. */
  private final Clock clock =
      Clock.fixed(Instant.parse("2023-12-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final City city = new City();
  private final InMemoryEvaluationRuns store = new InMemoryEvaluationRuns();
  private final List<AuditEntry> audited = new ArrayList<>();

  private static Plan load() {
    return InMemoryCity.plan();
  }

  /**
   * The judging port over a city of two wards, computed by the plan's evaluator on the facts held
   * now: e1 (ward A) declared everything and registered on time, e2 (ward B) the same but late, w1
   * (ward A) has no evidence.
   */
  static final class City implements OccasionJudging {
    final OrgHierarchy hierarchy =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open(CITY, "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
                OrgUnit.open(WARD_A, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, CITY, OPENED),
                OrgUnit.open(WARD_B, "Phường An Hòa", UnitLevel.COMMUNE, CITY, OPENED)));
    final List<Participant> participants =
        List.of(
            new Collective("e1", "Công ty TNHH Một", "ENTERPRISES", WARD_A),
            new Collective("e2", "Công ty TNHH Hai", "ENTERPRISES", WARD_B),
            new Collective("w1", "UBND Phường Vĩnh Lạc", "WARD_COMMITTEES", WARD_A));
    final Map<String, ParticipantFacts> facts = new HashMap<>();

    City() {
      facts.put("e1", declared().withRegistration(LocalDate.of(2023, 1, 20)));
      facts.put("e2", declared().withRegistration(LocalDate.of(2023, 3, 1)));
    }

    static ParticipantFacts declared() {
      ParticipantFacts f = ParticipantFacts.none();
      for (String code :
          List.of(
              "GEN-POLICY",
              "GEN-TASKS",
              "GEN-UNITY",
              "GEN-PARTY",
              "GEN-NO-VIOLATION",
              "C-DIGITAL-PLATFORMS",
              "C-E-CONTRACTS-INVOICES",
              "C-CASHLESS",
              "C-CONTRIBUTION")) {
        f = f.withAnswer(code, Answer.YES, "BC-01");
      }
      return f;
    }

    @Override
    public Plan planFor(String planCode, String occasionCode) {
      if (!planCode.equals(PLAN)) {
        throw new NotFoundException(LocalizedText.of("Không có kế hoạch", "No plan " + planCode));
      }
      return RACH_GIA;
    }

    @Override
    public Occasion occasion(Plan plan, String occasionCode) {
      return plan.occasion(occasionCode)
          .orElseThrow(
              () -> new NotFoundException(LocalizedText.of("Không có đợt", "No occasion")));
    }

    @Override
    public List<Evaluation> judgeAll(Plan plan, Occasion occasion, UnitScope scope) {
      return service(plan).evaluateAll(occasion.code(), judged(plan, occasion, scope), facts);
    }

    @Override
    public List<Participant> judged(Plan plan, Occasion occasion, UnitScope scope) {
      return participants.stream()
          .filter(p -> scope.includes(p.unitCode()))
          .sorted(Comparator.comparing(Participant::id))
          .toList();
    }

    /** How many times the figures and evidence were read (each {@link #judges} reads them). */
    int readings;

    @Override
    public Judges judges(Plan plan, Occasion occasion) {
      readings++;
      EvaluationService service = service(plan);
      Map<String, ParticipantFacts> held = Map.copyOf(facts);
      return () -> service.judge(occasion.code(), held)::evaluate;
    }

    private EvaluationService service(Plan plan) {
      return new EvaluationService(plan, hierarchy, MeasurementSet.empty());
    }
  }

  /** The scope of a caller: the city for city-wide roles, a ward's user their ward. */
  static final class Scopes extends UnitScopes {
    private final Callers who;

    Scopes(Callers who) {
      this.who = who;
    }

    @Override
    public UnitScope current() {
      Caller c = who.current();
      if (c.cityWide()) {
        return UnitScope.all();
      }
      return c.unitScoped() ? UnitScope.of(Set.of(c.unitCode())) : UnitScope.none();
    }
  }

  private final RecordingEvents events = new RecordingEvents();

  /** The job, two participants a chunk, on the test's thread. */
  private SynchronousJobs jobs;

  private EvaluationRuns as(Caller caller) {
    Callers callers = TestCallers.requestOf(caller);
    PlanCatalog catalog =
        new PlanCatalog() {
          @Override
          public Plan version(String code, int version) {
            assertThat(version).isEqualTo(RACH_GIA.identity().version());
            return city.planFor(code, null);
          }
        };
    AuditTrail audit =
        new AuditTrail(
            new JpaAuditRepository() {
              @Override
              public AuditHead lockHead() {
                return new AuditHead(audited.size(), "0".repeat(64));
              }

              @Override
              public void append(AuditEntry entry) {
                audited.add(entry);
              }
            },
            callers,
            clock);
    if (jobs == null) {
      EvaluationRunJob job = new EvaluationRunJob();
      job.runs = store;
      job.judging = city;
      job.catalog = catalog;
      job.audit = audit;
      job.callers = callers;
      job.events = events;
      jobs = new SynchronousJobs(job, 2);
    }
    RunLedger ledger = new RunLedger();
    ledger.runs = store;
    ledger.audit = audit;
    EvaluationRuns r = new EvaluationRuns();
    r.judging = city;
    r.runs = store;
    r.callers = callers;
    r.scopes = new Scopes(callers);
    r.clock = clock;
    r.catalog = catalog;
    r.ledger = ledger;
    r.jobs = jobs;
    return r;
  }

  /** The run as stored now (a start answers it RUNNING, before its job has judged anyone). */
  private EvaluationRun started(Caller caller) {
    return as(caller).run(PLAN, OCCASION, as(caller).start(PLAN, OCCASION, new StartRun()).id());
  }

  private static List<RunParticipant> live(City city, UnitScope scope) {
    Occasion occasion = RACH_GIA.occasion(OCCASION).orElseThrow();
    return city.judgeAll(RACH_GIA, occasion, scope).stream().map(RunParticipant::of).toList();
  }

  /** The live verdicts as a run keeps them: outcomes and facts. */
  private static List<JudgedParticipant> liveFacts(City city) {
    return liveFacts(city, UnitScope.all());
  }

  private static List<JudgedParticipant> liveFacts(City city, UnitScope scope) {
    Occasion occasion = RACH_GIA.occasion(OCCASION).orElseThrow();
    return city.judgeAll(RACH_GIA, occasion, scope).stream().map(JudgedParticipant::of).toList();
  }

  @Test
  void aRunKeepsEveryVerdictTheLiveComputationGivesAndWhoStartedItWhen() {
    List<RunParticipant> before = live(city, UnitScope.all());
    List<JudgedParticipant> factsBefore = liveFacts(city);

    EvaluationRun answered = as(OFFICER).start(PLAN, OCCASION, new StartRun());
    EvaluationRun run = as(OFFICER).run(PLAN, OCCASION, answered.id());

    assertThat(answered.status()).isEqualTo(EvaluationRun.Status.RUNNING);
    assertThat(answered.judged()).isZero();
    assertThat(answered.participantCount()).isEqualTo(3);
    assertThat(run.status()).isEqualTo(EvaluationRun.Status.COMPLETE);
    assertThat(run.judged()).isEqualTo(3);
    assertThat(run.planCode()).isEqualTo(PLAN);
    assertThat(run.planVersion()).isEqualTo(RACH_GIA.identity().version());
    assertThat(run.asOf()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(run.startedBy()).isEqualTo("hoa.tran");
    assertThat(run.startedAt().toInstant()).isEqualTo(clock.instant());
    assertThat(run.participantCount()).isEqualTo(3);
    // kept as facts, and read with every explanation written again: the live verdicts, exactly
    assertThat(store.participants.get(run.id())).isEqualTo(factsBefore);
    assertThat(store.participants.get(run.id()))
        .flatExtracting(JudgedParticipant::verdicts)
        .allMatch(v -> v instanceof KeptVerdict.Facts);
    RunVerdicts stored =
        as(OFFICER).verdicts(PLAN, OCCASION, run.id(), VerdictFilter.none(), FIRST, Unread.none());
    assertThat(stored.participants().items()).isEqualTo(before);
    assertThat(before).flatExtracting(RunParticipant::verdicts).isNotEmpty();
    for (RunParticipant p : before) {
      assertThat(as(OFFICER).verdict(PLAN, OCCASION, run.id(), p.id()).participant()).isEqualTo(p);
    }
    assertThat(stored.summary())
        .filteredOn(s -> s.awardFormCode().equals(GK))
        .extracting(s -> s.eligible(), s -> s.notEligible(), s -> s.incomplete())
        .containsExactly(tuple(1, 1, 1));
    assertThat(as(ADMIN).runs(PLAN, OCCASION, FIRST, Unread.none()).items()).containsExactly(run);
  }

  @Test
  void aStoredVerdictStaysAsItWasWhenTheEvidenceChanges() {
    EvaluationRun run = started(OFFICER);
    RunParticipant kept = as(OFFICER).verdict(PLAN, OCCASION, run.id(), "e1").participant();

    city.facts.put("e1", City.declared().withRegistration(LocalDate.of(2023, 4, 1)));

    RunParticipant now =
        live(city, UnitScope.all()).stream()
            .filter(p -> p.id().equals("e1"))
            .findFirst()
            .orElseThrow();
    assertThat(kept.outcome(GK)).contains(Outcome.ELIGIBLE);
    assertThat(now.outcome(GK)).contains(Outcome.NOT_ELIGIBLE);
    assertThat(as(OFFICER).verdict(PLAN, OCCASION, run.id(), "e1").participant()).isEqualTo(kept);
  }

  @Test
  void theAuditLogKeepsWhoStartedTheRunAndThenItsCountsNotEveryVerdict() {
    EvaluationRun run = started(ADMIN);

    String target = "plans/" + PLAN + "/occasions/" + OCCASION + "/evaluations/" + run.id();
    assertThat(audited)
        .extracting(AuditEntry::action, AuditEntry::target, AuditEntry::actor)
        .containsExactly(
            tuple("evaluation.run", target, "admin"),
            tuple("evaluation.complete", target, "system"));
    assertThat(audited.get(0).beforeState()).isNull();
    assertThat(audited.get(0).afterState())
        .contains(run.id(), "\"participantCount\":3", "\"status\":\"RUNNING\"");
    assertThat(audited.get(1).afterState())
        .contains(
            run.id(),
            "\"participantCount\":3",
            "\"status\":\"COMPLETE\"",
            "\"awardFormCode\":\"" + GK + "\"")
        .doesNotContain("explanation", "GEN-POLICY");
    assertThat(events.announced)
        .containsExactly(
            new VerdictStored(PLAN, RACH_GIA.identity().version(), OCCASION, run.id(), 3));
  }

  @Test
  void aRunWhoseServerDiedIsNotServedAndARestartResumesItWithOneVerdictPerParticipantAndForm() {
    as(OFFICER);
    // the first chunk (e1, w1 of ward A) is stored, and the server dies before its checkpoint
    jobs.dieAfterStoring = 1;
    EvaluationRun dead = started(OFFICER);

    assertThat(dead.status()).isEqualTo(EvaluationRun.Status.RUNNING);
    assertThat(dead.judged()).isEqualTo(2);
    assertThat(dead.participantCount()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                as(OFFICER)
                    .verdicts(
                        PLAN, OCCASION, dead.id(), VerdictFilter.none(), FIRST, Unread.none()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not complete (RUNNING: 2 of 3 participants judged)");
    assertThatThrownBy(() -> as(OFFICER).verdict(PLAN, OCCASION, dead.id(), "e1"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> as(REPORTER_A).restart(PLAN, OCCASION, dead.id()))
        .isInstanceOf(AccessDeniedException.class);

    EvaluationRun restarted = as(ADMIN).restart(PLAN, OCCASION, dead.id());

    EvaluationRun done = as(OFFICER).run(PLAN, OCCASION, dead.id());
    assertThat(restarted.jobExecution()).isEqualTo(2);
    assertThat(done.status()).isEqualTo(EvaluationRun.Status.COMPLETE);
    assertThat(done.judged()).isEqualTo(3);
    assertThat(done.participantCount()).isEqualTo(3);
    // ward A's only chunk was stored but its checkpoint lost: ward A is judged again from its
    // start, and its participants, held already, are not stored twice
    assertThat(jobs.read.get(1L)).containsExactly("e1", "w1");
    assertThat(jobs.read.get(2L)).containsExactly("e1", "w1", "e2");
    assertThat(store.participants.get(dead.id()))
        .extracting(JudgedParticipant::id)
        .containsExactly("e1", "e2", "w1");
    assertThat(store.participants.get(dead.id())).isEqualTo(liveFacts(city));
    // the restart is recorded once the batch container has answered: a job may be done by then
    assertThat(audited.get(0))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly("evaluation.run", "hoa.tran");
    assertThat(audited.subList(1, audited.size()))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactlyInAnyOrder(
            tuple("evaluation.restart", "admin"), tuple("evaluation.complete", "system"));
    assertThatThrownBy(() -> as(ADMIN).restart(PLAN, OCCASION, dead.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is complete");
  }

  @Test
  void aJobTheBatchContainerRefusesLeavesTheRunFailedNeverRunning() {
    EvaluationRuns officer = as(OFFICER);
    officer.jobs =
        new EvaluationJobs() {
          @Override
          public long start(String runId) {
            throw new IllegalStateException("the evaluation job of run " + runId + " was refused");
          }

          @Override
          public long restart(String runId, long jobExecution) {
            throw new AssertionError("no restart");
          }
        };

    assertThatThrownBy(() -> officer.start(PLAN, OCCASION, new StartRun()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was refused");

    assertThat(store.runs.values())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(EvaluationRun.Status.FAILED);
              assertThat(r.jobExecution()).isZero();
            });
    assertThat(store.participants.values()).allSatisfy(p -> assertThat(p).isEmpty());
  }

  @Test
  void theUnitsOfOneExecutionShareOneReadingAndARestartOrANewRunReadsAgain() {
    as(OFFICER);
    jobs.dieAfterStoring = 1;
    EvaluationRun dead = started(OFFICER);
    // two wards, two partitions: the figures and evidence read once for both
    assertThat(city.readings).isEqualTo(1);

    // evidence changed before the restart: the restart's execution reads it
    city.facts.put("w1", City.declared());
    as(ADMIN).restart(PLAN, OCCASION, dead.id());

    assertThat(city.readings).isEqualTo(2);
    assertThat(jobs.read.get(2L)).containsExactly("e1", "w1", "e2");
    assertThat(as(OFFICER).run(PLAN, OCCASION, dead.id()).status())
        .isEqualTo(EvaluationRun.Status.COMPLETE);
    // w1 was stored by the dead execution, before the change, and is kept as it was stored
    assertThat(store.participants.get(dead.id()))
        .filteredOn(p -> p.id().equals("w1"))
        .isEqualTo(
            liveFacts(new City(), UnitScope.of(Set.of(WARD_A))).stream()
                .filter(p -> p.id().equals("w1"))
                .toList());

    EvaluationRun next = started(OFFICER);
    assertThat(city.readings).isEqualTo(3);
    assertThat(next.status()).isEqualTo(EvaluationRun.Status.COMPLETE);
    // the new run judges w1 on its new evidence
    assertThat(store.participants.get(next.id())).isEqualTo(liveFacts(city));
  }

  @Test
  void aChunkStoredTwiceStoresEachParticipantOnce() {
    as(OFFICER);
    jobs.dieAfterStoring = 2;
    EvaluationRun dead = started(OFFICER);
    assertThat(dead.judged()).isEqualTo(3);

    as(OFFICER).restart(PLAN, OCCASION, dead.id());

    // ward A was checkpointed (e1, w1): only ward B (e2), whose checkpoint was lost, is read again
    assertThat(jobs.read.get(2L)).containsExactly("e2");
    assertThat(store.participants.get(dead.id())).hasSize(3);
    assertThat(as(OFFICER).run(PLAN, OCCASION, dead.id()).status())
        .isEqualTo(EvaluationRun.Status.COMPLETE);
  }

  @Test
  void onlyTheAdministratorAndHomeAffairsStartARunAndARefusalStoresNothing() {
    for (Caller refused : List.of(REPORTER_A, COUNCIL, Caller.anonymous())) {
      assertThatThrownBy(() -> as(refused).start(PLAN, OCCASION, new StartRun()))
          .as(refused.user())
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(store.runs).isEmpty();
    assertThat(audited).isEmpty();
    assertThat(events.announced).isEmpty();
    assertThat(jobs.read).isEmpty();
  }

  @Test
  void anUnknownOccasionIsNotFoundAndStoresNothing() {
    assertThatThrownBy(() -> as(OFFICER).start(PLAN, "ANNUAL-2099", new StartRun()))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.runs).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void aWardsUserReadsAndCountsOnlyItsOwnParticipantsStoredVerdicts() {
    EvaluationRun run = started(OFFICER);

    RunVerdicts own =
        as(REPORTER_A)
            .verdicts(PLAN, OCCASION, run.id(), VerdictFilter.none(), FIRST, Unread.none());
    assertThat(own.participants().items())
        .extracting(RunParticipant::id)
        .containsExactly("e1", "w1");
    assertThat(own.participants().total()).isEqualTo(2);
    // the run's own count is the city's (3) for the city, the ward's (2) for the ward
    assertThat(own.run().participantCount()).isEqualTo(2);
    assertThat(as(REPORTER_A).run(PLAN, OCCASION, run.id()).participantCount()).isEqualTo(2);
    assertThat(as(REPORTER_A).runs(PLAN, OCCASION, FIRST, Unread.none()).items())
        .extracting(EvaluationRun::participantCount)
        .containsExactly(2);
    assertThat(as(OFFICER).run(PLAN, OCCASION, run.id()).participantCount()).isEqualTo(3);
    assertThat(own.summary())
        .filteredOn(s -> s.awardFormCode().equals(GK))
        .extracting(s -> s.total())
        .containsExactly(2);
    assertThat(as(REPORTER_A).verdict(PLAN, OCCASION, run.id(), "e1").participant().unitCode())
        .isEqualTo(WARD_A);
    assertThatThrownBy(() -> as(REPORTER_A).verdict(PLAN, OCCASION, run.id(), "e2"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no participant e2");
  }

  @Test
  void filtersAreCheckedLikeTheLiveOnesAndAnUnknownRunIsNotFound() {
    // what the edge could not read comes with the query, and is named with the filter's problems
    Unread unread =
        new Unread(
            List.of(
                new Problem("outcome", LocalizedText.of("Kết quả không có", "No outcome")),
                new Problem("page", LocalizedText.of("Không phải số", "Not a number")),
                new Problem("size", LocalizedText.of("Không phải số", "Not a number"))));
    EvaluationRun run = started(OFFICER);
    EvaluationRuns officer = as(OFFICER);

    assertThat(
            officer
                .verdicts(
                    PLAN,
                    OCCASION,
                    run.id(),
                    new VerdictFilter(GK, Outcome.ELIGIBLE),
                    FIRST,
                    Unread.none())
                .participants()
                .items())
        .extracting(RunParticipant::id)
        .containsExactly("e1");
    assertThatThrownBy(
            () ->
                officer.verdicts(
                    PLAN, OCCASION, run.id(), new VerdictFilter("NO_FORM", null), null, unread))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("page", "size", "awardForm", "outcome"));
    assertThatThrownBy(() -> officer.run(PLAN, OCCASION, "no-such-run"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> officer.run(PLAN, "INTERIM-2023", run.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> officer.verdict(PLAN, OCCASION, "no-such-run", "e1"))
        .isInstanceOf(NotFoundException.class);
  }
}
