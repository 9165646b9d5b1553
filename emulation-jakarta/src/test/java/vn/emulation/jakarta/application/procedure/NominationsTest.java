package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.DossierGap;
import vn.emulation.core.procedure.nomination.NominationState;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.evaluation.InMemoryEvaluationRuns;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.procedure.NominationCommands.AppraisalAnswer;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchAppraisalCommand;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchItem;
import vn.emulation.jakarta.application.procedure.NominationCommands.OpenNomination;
import vn.emulation.jakarta.application.progress.EvaluationService;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.workspace.OccasionJudging;
import vn.emulation.jakarta.format.law.BuiltInProcedureLaw;
import vn.emulation.jakarta.testing.InMemoryCases;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryCouncilMeetingRepository;
import vn.emulation.jakarta.testing.InMemoryHistoryRepository;
import vn.emulation.jakarta.testing.InMemoryRevocationRepository;

/**
 * Nominations and their appraisal through the use cases, on the in-memory ports and the real
 * evaluator, law and calendar: a ward opens a nomination of its participant and sees every gap;
 * sent complete, the nominee is judged then and that stored verdict attached, kept whatever the
 * evidence becomes; one achievement, one award; Home Affairs appraises one (a departure from the
 * verdict needs its reason) and a batch (all or none); the appraised nominations are the later
 * steps' nominees.
 */
class NominationsTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String OCCASION = "ANNUAL-2023";
  private static final String GK = "GIAY_KHEN_CHU_TICH_TP";
  private static final FileReference PDF =
      new FileReference("Tờ trình.pdf", FileReference.PDF, 1024, "ab".repeat(32));

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final Store store = new Store();
  private final InMemoryEvaluationRuns runs = new InMemoryEvaluationRuns();
  private final Judging judging = new Judging();
  private final Nominations nominations = new Nominations();
  private final InMemoryHistoryRepository histories = new InMemoryHistoryRepository();
  private final Appraisals appraisals = new Appraisals();

  /** The nominations in memory, listed as the JDBC store lists them. */
  static final class Store extends InMemoryCases<StoredNomination> implements NominationRepository {
    Store() {
      super(StoredNomination::id, StoredNomination::version);
    }

    @Override
    public List<StoredNomination> list(String planCode, NominationFilter f) {
      return all(
          s ->
              s.planCode().equals(planCode)
                  && (f.state() == null || f.state() == s.nomination().state())
                  && (f.unitCodes() == null || f.unitCodes().contains(s.unitCode()))
                  && (f.occasionCode() == null
                      || f.occasionCode().equals(s.nomination().occasion().code()))
                  && (f.awardFormCode() == null
                      || f.awardFormCode().equals(s.nomination().awardFormCode()))
                  && (f.participantId() == null
                      || f.participantId().equals(s.nomination().participantId())));
    }
  }

  /**
   * The one computation of verdicts over the city's participants, by the plan's evaluator on the
   * facts held now: e1 declared everything, w1 nothing.
   */
  final class Judging implements OccasionJudging {
    final Map<String, ParticipantFacts> facts = new HashMap<>();
    final OrgHierarchy hierarchy =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open(
                    InMemoryCity.CITY, "Rạch Giá", UnitLevel.DISTRICT, null, InMemoryCity.OPENED),
                OrgUnit.open(
                    InMemoryCity.WARD,
                    "Vĩnh Thanh Vân",
                    UnitLevel.COMMUNE,
                    InMemoryCity.CITY,
                    InMemoryCity.OPENED),
                OrgUnit.open(
                    InMemoryCity.OTHER_WARD,
                    "Vĩnh Lạc",
                    UnitLevel.COMMUNE,
                    InMemoryCity.CITY,
                    InMemoryCity.OPENED)));

    @Override
    public Plan planFor(String planCode, String occasionCode) {
      return plans.inForceToday(planCode);
    }

    @Override
    public Occasion occasion(Plan plan, String occasionCode) {
      return plan.occasion(occasionCode).orElseThrow();
    }

    @Override
    public List<Evaluation> judgeAll(Plan plan, Occasion occasion, UnitScope scope) {
      return service(plan).evaluateAll(occasion.code(), judged(plan, occasion, scope), facts);
    }

    @Override
    public List<Participant> judged(Plan plan, Occasion occasion, UnitScope scope) {
      return city.participants.all(PLAN).stream()
          .filter(p -> scope.includes(p.unitCode()))
          .sorted(Comparator.comparing(Participant::id))
          .toList();
    }

    @Override
    public Judges judges(Plan plan, Occasion occasion) {
      EvaluationService service = service(plan);
      Map<String, ParticipantFacts> held = Map.copyOf(facts);
      return () -> service.judge(occasion.code(), held)::evaluate;
    }

    private EvaluationService service(Plan plan) {
      return new EvaluationService(plan, hierarchy, MeasurementSet.empty());
    }
  }

  NominationsTest() {
    city.participants.add(
        PLAN, new Collective("e1", "Công ty TNHH Một", "ENTERPRISES", InMemoryCity.WARD));
    city.participants.add(
        PLAN, new Collective("w1", "UBND phường", "WARD_COMMITTEES", InMemoryCity.WARD));
    city.participants.add(
        PLAN, new Collective("o1", "Công ty TNHH Hai", "ENTERPRISES", InMemoryCity.OTHER_WARD));
    ParticipantFacts declared = ParticipantFacts.none().withRegistration(LocalDate.of(2023, 1, 20));
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
      declared = declared.withAnswer(code, Answer.YES, "BC-01");
    }
    judging.facts.put("e1", declared);
    NomineeVerdicts verdicts = new NomineeVerdicts();
    verdicts.judging = judging;
    verdicts.participants = city.participants;
    verdicts.runs = runs;
    verdicts.audit = city.audit;
    verdicts.clock = InMemoryCity.CLOCK;
    nominations.nominations = store;
    nominations.flows =
        new CaseFlows(plans, Scopes.of(city), city.callers, city.audit, InMemoryCity.CLOCK);
    nominations.plans = plans;
    nominations.participants = city.participants;
    nominations.law = new BuiltInProcedureLaw();
    nominations.settings = city.settings;
    nominations.histories = histories;
    nominations.verdicts = verdicts;
    nominations.runs = runs;
    nominations.revocations = new InMemoryRevocationRepository();
    nominations.councilMeetings = new InMemoryCouncilMeetingRepository();
    appraisals.nominations = nominations;
    appraisals.store = store;
    appraisals.law = nominations.law;
    appraisals.plans = plans;
    appraisals.callers = city.callers;
    appraisals.audit = city.audit;
  }

  private static OpenNomination open(String participant, String form, String lawForm) {
    return new OpenNomination(OCCASION, participant, form, lawForm, 1, List.of("SUBMISSION"), null);
  }

  private static Precondition at(Tagged<?> t) {
    return Precondition.oneOf(List.of(t.tag()));
  }

  private static FileReference file(String name, String type, char digit) {
    return new FileReference(name, type, 2048, String.valueOf(digit).repeat(64));
  }

  /** A nomination of {@code participant} opened by the ward and its dossier completed. */
  private Tagged<StoredNomination> complete(String participant) {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    Tagged<StoredNomination> n = nominations.open(PLAN, open(participant, GK, "GIAY_KHEN"));
    String id = n.value().id();
    n = nominations.attachFile(PLAN, id, "SUBMISSION", PDF, at(n));
    n =
        nominations.attachFile(
            PLAN, id, "ACHIEVEMENT_REPORT", file("anh.png", "image/png", 'c'), at(n));
    return nominations.attachFile(
        PLAN, id, "REVIEW_MINUTES", file("bien-ban.pdf", FileReference.PDF, 'd'), at(n));
  }

  private Tagged<StoredNomination> sent(String participant) {
    Tagged<StoredNomination> n = complete(participant);
    return nominations.submit(PLAN, n.value().id(), at(n));
  }

  @Test
  void aWardOpensANominationAndSeesEveryGapOfItsDossier() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    Tagged<StoredNomination> n = nominations.open(PLAN, open("e1", GK, "GIAY_KHEN"));

    assertThat(n.tag()).isEqualTo("1");
    assertThat(n.value().unitCode()).isEqualTo(InMemoryCity.WARD);
    assertThat(n.value().openedBy()).isEqualTo("tram.reporter");
    assertThat(n.value().nomination().occasion().covered().first()).isEqualTo(2023);
    NominationDetail d = nominations.find(PLAN, n.value().id()).value();
    assertThat(d.completeness().isComplete()).isFalse();
    assertThat(d.completeness().gaps())
        .extracting(DossierGap::kind, DossierGap::itemCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DossierGap.Kind.NO_FILE, "SUBMISSION"),
            org.assertj.core.groups.Tuple.tuple(
                DossierGap.Kind.DOCUMENT_MISSING, "ACHIEVEMENT_REPORT"),
            org.assertj.core.groups.Tuple.tuple(
                DossierGap.Kind.DOCUMENT_MISSING, "REVIEW_MINUTES"));
    assertThat(d.verdictIfAny()).isEmpty();
    assertThat(city.auditedActions()).endsWith("plan.import", "nomination.open");
  }

  @Test
  void anOpenNamesEveryProblemAndAnotherUnitsParticipantIsRefused() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    InvalidInputException bad =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                nominations.open(
                    PLAN,
                    new OpenNomination(
                        "ANNUAL-2099", "e1", "NO_FORM", "NO_LAW_FORM", 1, null, null)));
    assertThatThrownBy(() -> nominations.open(PLAN, open("o1", GK, "GIAY_KHEN")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(bad.problems())
        .extracting(Problem::path)
        .containsExactly("occasionCode", "awardFormCode", "lawFormCode");
    assertThat(store.all(s -> true)).isEmpty();
  }

  @Test
  void theLawsFormIsThePlansMappingAndAnotherIsRefused() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    Tagged<StoredNomination> unnamed = nominations.open(PLAN, open("e1", GK, null));
    InvalidInputException other =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> nominations.open(PLAN, open("e1", GK, "BANG_KHEN_TINH")));

    assertThat(unnamed.value().nomination().lawFormCode()).isEqualTo("GIAY_KHEN");
    assertThat(other.problems()).extracting(Problem::path).containsExactly("lawFormCode");
    assertThat(other.problems().get(0).reason().vi()).contains(GK, "GIAY_KHEN", "BANG_KHEN_TINH");
    assertThat(store.all(s -> true)).hasSize(1);
  }

  @Test
  void onSubmissionTheNomineeIsJudgedAndThatStoredVerdictIsKept() {
    Tagged<StoredNomination> sent = sent("e1");

    StoredNomination s = sent.value();
    assertThat(s.nomination().state()).isEqualTo(NominationState.SUBMITTED);
    var ref = s.nomination().verdict().orElseThrow();
    assertThat(ref.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(ref.explanationRef())
        .isEqualTo(
            "plans/"
                + PLAN
                + "/occasions/"
                + OCCASION
                + "/evaluations/"
                + ref.runId()
                + "/verdicts/e1");
    assertThat(runs.run(ref.runId()).orElseThrow().participantCount()).isEqualTo(1);
    assertThat(city.auditedActions()).endsWith("evaluation.run", "nomination.submit");

    // the evidence withdrawn afterwards: the nomination still carries the verdict it was sent with
    judging.facts.clear();
    NominationDetail d = nominations.find(PLAN, s.id()).value();
    assertThat(d.verdict().outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(d.verdict().results()).isNotEmpty();
  }

  @Test
  void anIncompleteDossierIsRefusedWithEveryGap() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    Tagged<StoredNomination> n = nominations.open(PLAN, open("e1", GK, "GIAY_KHEN"));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> nominations.submit(PLAN, n.value().id(), at(n)));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("dossier.documents[0].files", "dossier.documents", "dossier.documents");
    assertThat(store.find(n.value().id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void oneAchievementCannotBeProposedForTwoForms() {
    sent("e1");
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    Tagged<StoredNomination> second =
        nominations.open(PLAN, open("e1", "BANG_KHEN_CHU_TICH_TINH", "BANG_KHEN_TINH"));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> nominations.submit(PLAN, second.value().id(), at(second)));

    assertThat(e.problems()).extracting(Problem::path).contains("participantId");
  }

  @Test
  void anAwardOfEarlierYearsInTheHistoryHoldsItsAchievement() {
    histories.store(
        new HistoryImport(
            "import-1",
            PLAN,
            "a".repeat(64),
            "lich-su.csv",
            "text/csv",
            1,
            OffsetDateTime.parse("2024-03-10T08:00:00+07:00"),
            "importer"),
        List.of(
            new ParticipantHistory(
                "e1",
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new AwardRecord(
                        "BANG_KHEN_TINH",
                        AwardType.MOVEMENT,
                        "15/QĐ-UBND",
                        LocalDate.of(2024, 3, 5),
                        null,
                        2023)),
                List.of())));
    Tagged<StoredNomination> n = complete("e1");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> nominations.submit(PLAN, n.value().id(), at(n)));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("participantId");
    assertThat(e.problems().get(0).reason().vi()).contains("15/QĐ-UBND", "BANG_KHEN_TINH");
  }

  @Test
  void aDepartureFromTheStoredVerdictNeedsItsReason() {
    Tagged<StoredNomination> w1 = sent("w1");
    assertThat(w1.value().nomination().verdict().orElseThrow().outcome())
        .isNotEqualTo(Outcome.ELIGIBLE);
    String id = w1.value().id();

    assertThatThrownBy(
            () ->
                appraisals.findEligible(
                    PLAN, id, new AppraisalAnswer(null, null, null, null), at(w1)))
        .isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(InMemoryCity.OFFICER);
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                appraisals.findEligible(
                    PLAN, id, new AppraisalAnswer(null, null, null, null), at(w1)));
    Tagged<StoredNomination> found =
        appraisals.findEligible(
            PLAN,
            id,
            new AppraisalAnswer(null, "Đã có xác nhận của Ủy ban phường", null, null),
            at(w1));

    assertThat(missing.problems()).extracting(Problem::path).containsExactly("departureReason");
    var appraisal = found.value().nomination().appraisal().orElseThrow();
    assertThat(appraisal.departsFromVerdict()).isTrue();
    assertThat(appraisal.appraiser()).isEqualTo("lan.officer");
    assertThat(city.auditedActions()).endsWith("nomination.findEligible");
    CommandRefusedException again =
        catchThrowableOfType(
            CommandRefusedException.class,
            () ->
                appraisals.findNotEligible(
                    PLAN, id, new AppraisalAnswer("x", "y", null, null), at(found)));
    assertThat(again.allowed()).isEmpty();
  }

  @Test
  void aReturnCountsTheWorkingDaysToCorrect() {
    Tagged<StoredNomination> e1 = sent("e1");
    city.callers.actAs(InMemoryCity.OFFICER);

    Tagged<StoredNomination> returned =
        appraisals.returnForCorrection(
            PLAN, e1.value().id(), new AppraisalAnswer("Thiếu chữ ký", null, 5, null), at(e1));

    // Monday 2 March 2026 + five working days: Monday 9 March
    assertThat(returned.value().nomination().appraisal().orElseThrow().correctionDueOn())
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(returned.value().nomination().allowedCommands()).containsExactly("amend", "submit");
  }

  @Test
  void aBatchIsAllOrNone() {
    Tagged<StoredNomination> e1 = sent("e1");
    Tagged<StoredNomination> w1 = sent("w1");
    city.callers.actAs(InMemoryCity.OFFICER);
    int entries = city.auditedActions().size();
    BatchItem good = new BatchItem(e1.value().id(), 5L, AppraisalDecision.ELIGIBLE, null, null);

    InvalidInputException bad =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                appraisals.batch(
                    PLAN,
                    new BatchAppraisalCommand(
                        List.of(
                            good,
                            new BatchItem(
                                w1.value().id(), 5L, AppraisalDecision.NOT_ELIGIBLE, null, null),
                            new BatchItem("nobody", 1L, AppraisalDecision.ELIGIBLE, null, null)),
                        null,
                        null)));
    assertThatThrownBy(
            () ->
                appraisals.batch(
                    PLAN,
                    new BatchAppraisalCommand(
                        List.of(
                            new BatchItem(
                                e1.value().id(), 4L, AppraisalDecision.ELIGIBLE, null, null)),
                        null,
                        null)))
        .isInstanceOf(PreconditionFailedException.class);

    assertThat(bad.problems())
        .extracting(Problem::path)
        .contains("items[1].reason", "items[2].nominationId");
    assertThat(store.find(e1.value().id()).orElseThrow().nomination().state())
        .isEqualTo(NominationState.SUBMITTED);
    assertThat(city.auditedActions()).hasSize(entries);

    List<StoredNomination> done =
        appraisals.batch(
            PLAN,
            new BatchAppraisalCommand(
                List.of(
                    good,
                    new BatchItem(
                        w1.value().id(),
                        5L,
                        AppraisalDecision.RETURN_FOR_CORRECTION,
                        "Thiếu biên bản",
                        null)),
                3,
                null));

    assertThat(done)
        .extracting(s -> s.nomination().state())
        .containsExactly(NominationState.ELIGIBLE, NominationState.RETURNED);
    assertThat(city.auditedActions())
        .endsWith("nomination.findEligible", "nomination.returnForCorrection");
  }

  @Test
  void theAppraisedNominationsAreTheLaterStepsNominees() {
    Tagged<StoredNomination> e1 = sent("e1");
    Tagged<StoredNomination> w1 = sent("w1");
    city.callers.actAs(InMemoryCity.OFFICER);
    appraisals.findNotEligible(
        PLAN,
        e1.value().id(),
        new AppraisalAnswer("Chưa đủ", "Thiếu minh chứng", null, null),
        at(e1));
    StoredAppraisedNominees nominees =
        new StoredAppraisedNominees(store, city.participants, city.settings);

    List<Nominee> all = nominees.of(PLAN, OCCASION);

    assertThat(all).hasSize(1);
    Nominee n = all.get(0);
    assertThat(n.nominationId()).isEqualTo(e1.value().id());
    assertThat(n.appraisal()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(n.form()).isEqualTo("GIAY_KHEN");
    assertThat(n.year()).isEqualTo(2023);
    assertThat(n.kind()).isEqualTo(Recipient.COLLECTIVE);
    assertThat(nominees.find(PLAN, w1.value().id())).isEmpty();
    assertThat(nominees.find(PLAN, e1.value().id())).contains(n);
    assertThat(nominees.of(PLAN, "ANNUAL-2024")).isEmpty();
  }
}
