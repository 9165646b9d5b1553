package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.evaluation.CriterionFacts;
import vn.emulation.core.evaluation.CriterionRecord;
import vn.emulation.core.evaluation.CriterionStatus;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictFacts;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository.OutcomeCount;
import vn.emulation.jakarta.application.evaluation.JudgedParticipant;
import vn.emulation.jakarta.application.evaluation.KeptVerdict;

/**
 * Stored evaluation runs against a real database: a run and every verdict read back exactly (the
 * facts of each criterion, any text of an evidence reference included; a verdict stored before V11
 * with its written explanation), more verdicts than one batch holds, lists filtered by unit, award
 * form and outcome in the query, counts, and a verdict that cannot be stored twice. Run on H2 and
 * PostgreSQL by the two subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvaluationRunStoreContract {

  static final String GK = "GIAY_KHEN_CHU_TICH_TP";
  static final String BK = "BANG_KHEN_CHU_TICH_TINH";

  TestDatabase db;
  private final String plan = "runs-" + UUID.randomUUID().toString().substring(0, 8);

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() throws SQLException {
    db = TestDatabase.open(kind());
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
                    + " in_force_from, first_year, last_year, document, sha256, imported_at, row_version)"
                    + " VALUES (?, ?, 1, 'Kế hoạch', 'Plan', 'IN_FORCE', DATE '2022-01-01', 2022, 2025, '{}', ?, ?,"
                    + " 1)")) {
      s.setString(1, UUID.randomUUID().toString());
      s.setString(2, plan);
      s.setString(3, "0".repeat(64));
      s.setObject(4, OffsetDateTime.of(2022, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC));
      s.executeUpdate();
    }
  }

  @AfterAll
  void close() throws SQLException {
    readers.forEach(EntityManager::close);
    if (db != null) {
      db.close();
    }
  }

  private JpaEvaluationRunRepository repository(EntityManager em) {
    JpaEvaluationRunRepository r = new JpaEvaluationRunRepository(db.dataSource);
    r.em = em;
    return r;
  }

  private EvaluationRun run(String occasion, int count, OffsetDateTime at) {
    return new EvaluationRun(
        UUID.randomUUID().toString(),
        plan,
        1,
        occasion,
        LocalDate.of(2023, 12, 15),
        "hoa.tran",
        at,
        count,
        EvaluationRun.Status.COMPLETE);
  }

  private static KeptVerdict verdict(String participant, String form, Outcome outcome) {
    List<CriterionFacts> criteria =
        List.of(
            CriterionFacts.of(
                "GEN-POLICY",
                CriterionStatus.MET,
                List.of("M", "BC-01; \"trích dẫn\" \\ ổn, (bản sao) = 100%\n" + participant)),
            CriterionFacts.of(
                "C-OWN-PLAN",
                outcome == Outcome.ELIGIBLE ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                List.of("2023-03-01", "2023-01-31")),
            new CriterionFacts(
                "ANY-OF",
                CriterionStatus.UNDECIDED,
                List.of(),
                List.of(
                    CriterionFacts.of("COUNT", CriterionStatus.UNDECIDED, List.of("?", "2")),
                    CriterionFacts.of("NORM", CriterionStatus.UNDECIDED, List.of("?", "?")))));
    return new KeptVerdict.Facts(new VerdictFacts(form, outcome, criteria));
  }

  private static JudgedParticipant participant(String id, String unit, KeptVerdict... verdicts) {
    return new JudgedParticipant(
        id,
        "Công ty TNHH " + id,
        ParticipantKind.COLLECTIVE,
        "ENTERPRISES",
        unit,
        List.of(verdicts));
  }

  /** a1 and a3 of ward A, b2 of ward B; a3 is offered no award form at all. */
  private final List<JudgedParticipant> three =
      List.of(
          participant(
              "a1",
              "W-A",
              verdict("a1", GK, Outcome.ELIGIBLE),
              verdict("a1", BK, Outcome.INCOMPLETE)),
          participant("b2", "W-B", verdict("b2", GK, Outcome.NOT_ELIGIBLE)),
          participant("a3", "W-A"));

  private EvaluationRun stored(List<JudgedParticipant> participants, OffsetDateTime at) {
    EvaluationRun run = run("ANNUAL-2023", participants.size(), at);
    db.run(em -> repository(em).store(run, participants));
    return run;
  }

  private final List<EntityManager> readers = new ArrayList<>();

  /** A repository on a fresh entity manager: each read sees what is committed now. */
  private JpaEvaluationRunRepository reader() {
    EntityManager em = db.entityManager();
    readers.add(em);
    return repository(em);
  }

  @Test
  void aRunAndEveryVerdictReadBackExactly() {
    EvaluationRun run = stored(three, OffsetDateTime.parse("2023-12-15T02:30:00.123Z"));

    assertThat(reader().run(run.id())).contains(run);
    Page<JudgedParticipant> all = reader().participants(run.id(), null, null, null, page(0, 20));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items())
        .containsExactly(three.get(0), three.get(2), three.get(1)); // by id: a1, a3, b2
    assertThat(reader().participant(run.id(), "a1")).contains(three.get(0));
    assertThat(reader().participant(run.id(), "a3").orElseThrow().verdicts()).isEmpty();
    assertThat(reader().participant(run.id(), "nobody")).isEmpty();
    assertThat(reader().run("no-such-run")).isEmpty();
  }

  @Test
  void listsFilterByUnitFormAndOutcomeInTheQueryAndCount() {
    EvaluationRun run = stored(three, OffsetDateTime.parse("2023-12-16T02:30:00Z"));
    String id = run.id();

    assertThat(ids(reader().participants(id, Set.of("W-A"), null, null, page(0, 20))))
        .containsExactly("a1", "a3");
    assertThat(ids(reader().participants(id, null, GK, null, page(0, 20))))
        .containsExactly("a1", "b2");
    assertThat(ids(reader().participants(id, null, null, Outcome.INCOMPLETE, page(0, 20))))
        .containsExactly("a1");
    assertThat(ids(reader().participants(id, null, GK, Outcome.INCOMPLETE, page(0, 20)))).isEmpty();
    assertThat(ids(reader().participants(id, Set.of(), null, null, page(0, 20)))).isEmpty();
    Page<JudgedParticipant> second = reader().participants(id, null, null, null, page(1, 2));
    assertThat(ids(second)).containsExactly("b2");
    assertThat(second.total()).isEqualTo(3);

    assertThat(reader().counts(id, null))
        .containsExactlyInAnyOrder(
            new OutcomeCount(GK, Outcome.ELIGIBLE, 1),
            new OutcomeCount(GK, Outcome.NOT_ELIGIBLE, 1),
            new OutcomeCount(BK, Outcome.INCOMPLETE, 1));
    assertThat(reader().counts(id, Set.of("W-B")))
        .containsExactly(new OutcomeCount(GK, Outcome.NOT_ELIGIBLE, 1));
  }

  @Test
  void runsOfAnOccasionListNewestFirst() {
    EvaluationRun older =
        db.inTransaction(
            em -> {
              EvaluationRun r = run("FINAL-2025", 0, OffsetDateTime.parse("2025-12-01T01:00:00Z"));
              repository(em).store(r, List.of());
              return r;
            });
    EvaluationRun newer =
        db.inTransaction(
            em -> {
              EvaluationRun r = run("FINAL-2025", 0, OffsetDateTime.parse("2025-12-02T01:00:00Z"));
              repository(em).store(r, List.of());
              return r;
            });

    Page<EvaluationRun> runs = reader().runs(plan, "FINAL-2025", page(0, 20));
    assertThat(runs.items()).containsExactly(newer, older);
    assertThat(runs.total()).isEqualTo(2);
    assertThat(reader().runs(plan, "FINAL-2025", page(1, 1)).items()).containsExactly(older);
  }

  @Test
  void moreVerdictsThanOneBatchAreAllStored() {
    List<JudgedParticipant> many = new ArrayList<>();
    for (int i = 0; i < JpaEvaluationRunRepository.CHUNK + 150; i++) {
      String id = String.format("p%05d", i);
      many.add(
          participant(
              id,
              i % 2 == 0 ? "W-A" : "W-B",
              verdict(id, GK, Outcome.ELIGIBLE),
              verdict(id, BK, Outcome.NOT_ELIGIBLE)));
    }
    EvaluationRun run = stored(many, OffsetDateTime.parse("2023-12-17T02:30:00Z"));

    Page<JudgedParticipant> last = reader().participants(run.id(), null, null, null, page(105, 10));
    assertThat(last.total()).isEqualTo(many.size());
    assertThat(last.items()).containsExactlyElementsOf(many.subList(1050, 1060));
    assertThat(reader().counts(run.id(), Set.of("W-A")))
        .containsExactlyInAnyOrder(
            new OutcomeCount(GK, Outcome.ELIGIBLE, many.size() / 2),
            new OutcomeCount(BK, Outcome.NOT_ELIGIBLE, many.size() / 2));
  }

  @Test
  void aRunIsStoredOnceAndOnlyForAStoredPlanVersion() {
    EvaluationRun run = stored(three, OffsetDateTime.parse("2023-12-18T02:30:00Z"));

    assertThatThrownBy(() -> db.run(em -> repository(em).store(run, three)))
        .isInstanceOf(IllegalStateException.class);
    EvaluationRun unknownPlan =
        new EvaluationRun(
            UUID.randomUUID().toString(),
            plan + "-x",
            1,
            "ANNUAL-2023",
            LocalDate.of(2023, 12, 15),
            "hoa.tran",
            OffsetDateTime.parse("2023-12-18T02:30:00Z"),
            0,
            EvaluationRun.Status.COMPLETE);
    assertThatThrownBy(() -> db.run(em -> repository(em).store(unknownPlan, List.of())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChunkStoredAgainStoresNothingTwiceAndTheRunFollowsItsJob() throws SQLException {
    EvaluationRun run =
        new EvaluationRun(
            UUID.randomUUID().toString(),
            plan,
            1,
            "ANNUAL-2023",
            LocalDate.of(2023, 12, 15),
            "hoa.tran",
            OffsetDateTime.parse("2023-12-19T02:30:00Z"),
            3,
            EvaluationRun.Status.RUNNING,
            0,
            0);
    db.run(em -> repository(em).open(run));
    assertThat(reader().run(run.id())).contains(run);

    int first = db.inTransaction(em -> repository(em).storeJudged(run.id(), three.subList(0, 2)));
    // the same chunk again (its checkpoint lost), then the rest with one of it
    int again = db.inTransaction(em -> repository(em).storeJudged(run.id(), three.subList(0, 2)));
    int rest = db.inTransaction(em -> repository(em).storeJudged(run.id(), three.subList(1, 3)));
    db.run(em -> repository(em).attach(run.id(), 42));
    db.run(em -> repository(em).mark(run.id(), EvaluationRun.Status.COMPLETE, 3));

    assertThat(List.of(first, again, rest)).containsExactly(2, 0, 1);
    EvaluationRun done = reader().run(run.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(EvaluationRun.Status.COMPLETE);
    assertThat(done.judged()).isEqualTo(3);
    assertThat(done.jobExecution()).isEqualTo(42);
    assertThat(reader().runs(plan, "ANNUAL-2023", page(0, 100)).items()).contains(done);
    assertThat(reader().participants(run.id(), null, null, null, page(0, 20)).items())
        .containsExactly(three.get(0), three.get(2), three.get(1));
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT participant_id || '/' || award_form_code)"
                    + " FROM evaluation_verdict WHERE run_id = ?")) {
      s.setString(1, run.id());
      try (var r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(3).isEqualTo(r.getInt(2));
      }
    }
  }

  @Test
  void aVerdictStoredBeforeV11ReadsBackWithItsWrittenExplanationAndARowKeepsOneOfTheTwo()
      throws SQLException {
    EvaluationRun run = stored(List.of(participant("old1", "W-A")), OffsetDateTime.now());
    VerdictRecord old =
        new VerdictRecord(
            "old1",
            "ANNUAL-2023",
            GK,
            LocalizedText.of("Giấy khen", "Certificate"),
            Outcome.NOT_ELIGIBLE,
            List.of(
                new CriterionRecord(
                    "C-OWN-PLAN",
                    LocalizedText.of("Có kế hoạch thi đua", "Has its own emulation plan"),
                    CriterionStatus.NOT_MET,
                    LocalizedText.of(
                        "Đăng ký ngày 01/03/2023, quá hạn (hạn 31/01/2023) — \"trích dẫn\" \\ ổn",
                        "Registered on 2023-03-01, late (due 2023-01-31)"))),
            List.of("C-OWN-PLAN"));
    String insert =
        "INSERT INTO evaluation_verdict (run_id, participant_id, award_form_code, form_order,"
            + " outcome, explanation, facts) VALUES (?, 'old1', ?, ?, 'NOT_ELIGIBLE', ?, ?)";
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(insert)) {
      // as V4 stored it: the explanation written out, no facts
      s.setString(1, run.id());
      s.setString(2, GK);
      s.setInt(3, 0);
      s.setString(4, VerdictJson.write(old));
      s.setString(5, null);
      s.executeUpdate();
      // neither, or both: refused by the database
      for (String[] kept : new String[][] {{null, null}, {VerdictJson.write(old), "A=M"}}) {
        s.setString(2, BK);
        s.setInt(3, 1);
        s.setString(4, kept[0]);
        s.setString(5, kept[1]);
        assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class);
      }
    }

    assertThat(reader().participant(run.id(), "old1").orElseThrow().verdicts())
        .containsExactly(new KeptVerdict.Written(old));
  }

  @Test
  void aWrittenExplanationIsNeverStoredAgain() {
    EvaluationRun run = run("ANNUAL-2023", 1, OffsetDateTime.now());
    db.run(em -> repository(em).open(run));
    VerdictRecord written =
        new VerdictRecord(
            "w1",
            "ANNUAL-2023",
            GK,
            LocalizedText.of("a", "a"),
            Outcome.ELIGIBLE,
            List.of(),
            List.of());

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        repository(em)
                            .storeJudged(
                                run.id(),
                                List.of(
                                    participant("w1", "W-A", new KeptVerdict.Written(written))))))
        .hasStackTraceContaining("stored as its facts");
    assertThat(reader().participant(run.id(), "w1")).isEmpty();
  }

  private static PageRequest page(int page, int size) {
    return new PageRequest(page, size);
  }

  private static List<String> ids(Page<JudgedParticipant> page) {
    return page.items().stream().map(JudgedParticipant::id).toList();
  }
}
