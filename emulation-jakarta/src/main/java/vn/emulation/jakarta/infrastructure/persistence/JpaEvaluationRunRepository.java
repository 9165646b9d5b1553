package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictFacts;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository;
import vn.emulation.jakarta.application.evaluation.JudgedParticipant;
import vn.emulation.jakarta.application.evaluation.KeptVerdict;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The evaluation runs in {@code evaluation_run}, {@code evaluation_participant} and {@code
 * evaluation_verdict}. A run is written with plain JDBC on a connection of the same datasource as
 * JPA, which the container enlists in the caller's transaction (the evaluation job's chunk
 * transaction), like {@link JdbcMeasurementWriter}; it is read through JPA. Each verdict is kept as
 * the facts it was decided on (the core's {@code VerdictFacts}, a short line), its explanation
 * written again when it is read (ADR 0043); verdicts stored before V11 keep their explanation as
 * JSON ({@link VerdictJson}) and read back as they are. On PostgreSQL a chunk's participants and
 * verdicts are one statement (arrays through {@code unnest}, the participants inserted unless held,
 * the verdicts of those inserted); elsewhere JDBC batches after a look-up of those held. Only the
 * run's row is updated (status, job execution, final count); participants and verdicts are inserted
 * if absent, never updated or deleted.
 */
@ApplicationScoped
public class JpaEvaluationRunRepository implements EvaluationRunRepository {

  /** Rows per batch: large enough to amortise a round trip, small in memory. */
  static final int CHUNK = 1_000;

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JpaEvaluationRunRepository() {}

  /** A repository on a given datasource: for tests outside a container (set {@link #em} too). */
  JpaEvaluationRunRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void open(EvaluationRun run) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO evaluation_run (id, plan_code, plan_version, occasion_code, as_of,"
                    + " started_by, started_at, participant_count, status, job_execution_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, run.id());
      s.setString(2, run.planCode());
      s.setInt(3, run.planVersion());
      s.setString(4, run.occasionCode());
      s.setObject(5, run.asOf());
      s.setString(6, run.startedBy());
      s.setObject(7, run.startedAt());
      s.setInt(8, run.participantCount());
      s.setString(9, run.status().name());
      if (run.jobExecution() == 0) {
        s.setNull(10, Types.BIGINT);
      } else {
        s.setLong(10, run.jobExecution());
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "opening evaluation run " + run.id() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public int storeJudged(String runId, List<JudgedParticipant> participants) {
    // refused before anything is written
    participants.forEach(p -> p.verdicts().forEach(JpaEvaluationRunRepository::factsOf));
    try (Connection c = dataSource().getConnection()) {
      if (postgresql(c)) {
        int fresh = 0;
        for (int from = 0; from < participants.size(); from += STATEMENT) {
          fresh +=
              storePostgresql(
                  c,
                  runId,
                  participants.subList(from, Math.min(from + STATEMENT, participants.size())));
        }
        return fresh;
      }
      Set<String> held = held(c, runId, participants);
      List<JudgedParticipant> fresh =
          participants.stream().filter(p -> !held.contains(p.id())).toList();
      insertParticipants(c, runId, fresh);
      insertVerdicts(c, runId, fresh);
      return fresh.size();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "storing participants of evaluation run " + runId + " failed: " + e.getMessage(), e);
    }
  }

  /** Participants per statement on PostgreSQL: a chunk of the job is one statement. */
  static final int STATEMENT = 5_000;

  /**
   * On PostgreSQL, the participants and their verdicts in one statement, one round trip: the
   * participants as arrays, inserted unless the run holds them already ({@code ON CONFLICT DO
   * NOTHING}), and the verdicts of exactly those it inserted.
   *
   * @return how many participants were new
   */
  private static int storePostgresql(Connection c, String runId, List<JudgedParticipant> slice)
      throws SQLException {
    int n = slice.size();
    String[] ids = new String[n];
    String[] names = new String[n];
    String[] kinds = new String[n];
    String[] categories = new String[n];
    String[] units = new String[n];
    List<String> verdictIds = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    List<Integer> orders = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    List<String> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JudgedParticipant p = slice.get(i);
      ids[i] = p.id();
      names[i] = p.name();
      kinds[i] = p.kind().name();
      categories[i] = p.categoryCode();
      units[i] = p.unitCode();
      for (int f = 0; f < p.verdicts().size(); f++) {
        VerdictFacts v = factsOf(p.verdicts().get(f));
        verdictIds.add(p.id());
        forms.add(v.awardFormCode());
        orders.add(f);
        outcomes.add(v.outcome().name());
        facts.add(v.criteriaText());
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH fresh AS (INSERT INTO evaluation_participant (run_id, participant_id, name,"
                + " kind, category_code, unit_code) SELECT ?, p.id, p.name, p.kind, p.category,"
                + " p.unit FROM unnest(CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
                + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]))"
                + " AS p(id, name, kind, category, unit)"
                + " ON CONFLICT (run_id, participant_id) DO NOTHING RETURNING participant_id),"
                + " kept AS (INSERT INTO evaluation_verdict (run_id, participant_id,"
                + " award_form_code, form_order, outcome, facts) SELECT ?, v.id, v.form, v.ord,"
                + " v.outcome, v.facts FROM unnest(CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
                + " CAST(? AS INTEGER[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]))"
                + " AS v(id, form, ord, outcome, facts)"
                + " WHERE v.id IN (SELECT participant_id FROM fresh) RETURNING 1)"
                + " SELECT (SELECT COUNT(*) FROM fresh), (SELECT COUNT(*) FROM kept)")) {
      s.setString(1, runId);
      s.setArray(2, c.createArrayOf("varchar", ids));
      s.setArray(3, c.createArrayOf("varchar", names));
      s.setArray(4, c.createArrayOf("varchar", kinds));
      s.setArray(5, c.createArrayOf("varchar", categories));
      s.setArray(6, c.createArrayOf("varchar", units));
      s.setString(7, runId);
      s.setArray(8, c.createArrayOf("varchar", verdictIds.toArray(String[]::new)));
      s.setArray(9, c.createArrayOf("varchar", forms.toArray(String[]::new)));
      s.setArray(10, c.createArrayOf("int4", orders.toArray(Integer[]::new)));
      s.setArray(11, c.createArrayOf("varchar", outcomes.toArray(String[]::new)));
      s.setArray(12, c.createArrayOf("varchar", facts.toArray(String[]::new)));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** The facts a verdict is stored as: every verdict a run judges is kept as its facts. */
  private static VerdictFacts factsOf(KeptVerdict v) {
    if (v instanceof KeptVerdict.Facts f) {
      return f.facts();
    }
    throw new IllegalArgumentException(
        "a verdict is stored as its facts, not as a written explanation: " + v.awardFormCode());
  }

  private Boolean postgresql;

  private boolean postgresql(Connection c) throws SQLException {
    if (postgresql == null) {
      postgresql =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
    return postgresql;
  }

  /** Those of {@code participants} the run holds already, read in slices of {@link #CHUNK}. */
  private static Set<String> held(Connection c, String runId, List<JudgedParticipant> participants)
      throws SQLException {
    Set<String> held = new HashSet<>();
    for (int from = 0; from < participants.size(); from += CHUNK) {
      List<JudgedParticipant> slice =
          participants.subList(from, Math.min(from + CHUNK, participants.size()));
      String marks = String.join(", ", Collections.nCopies(slice.size(), "?"));
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT participant_id FROM evaluation_participant WHERE run_id = ?"
                  + " AND participant_id IN ("
                  + marks
                  + ")")) {
        s.setString(1, runId);
        for (int i = 0; i < slice.size(); i++) {
          s.setString(i + 2, slice.get(i).id());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            held.add(r.getString(1));
          }
        }
      }
    }
    return held;
  }

  /** Elsewhere (H2), the participants in JDBC batches, after {@link #held}. */
  private static void insertParticipants(
      Connection c, String runId, List<JudgedParticipant> participants) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO evaluation_participant (run_id, participant_id, name, kind,"
                + " category_code, unit_code) VALUES (?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (JudgedParticipant p : participants) {
        s.setString(1, runId);
        s.setString(2, p.id());
        s.setString(3, p.name());
        s.setString(4, p.kind().name());
        s.setString(5, p.categoryCode());
        s.setString(6, p.unitCode());
        s.addBatch();
        if (++pending == CHUNK) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /** Elsewhere (H2), the verdicts of the participants {@link #insertParticipants} stored. */
  private static void insertVerdicts(
      Connection c, String runId, List<JudgedParticipant> participants) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO evaluation_verdict (run_id, participant_id, award_form_code,"
                + " form_order, outcome, facts) VALUES (?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (JudgedParticipant p : participants) {
        for (int i = 0; i < p.verdicts().size(); i++) {
          VerdictFacts v = factsOf(p.verdicts().get(i));
          s.setString(1, runId);
          s.setString(2, p.id());
          s.setString(3, v.awardFormCode());
          s.setInt(4, i);
          s.setString(5, v.outcome().name());
          s.setString(6, v.criteriaText());
          s.addBatch();
          if (++pending == CHUNK) {
            s.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  @Override
  public void mark(String runId, EvaluationRun.Status status, Integer participantCount) {
    update(
        "UPDATE evaluation_run SET status = ?"
            + (participantCount == null ? "" : ", participant_count = ?")
            + " WHERE id = ?",
        s -> {
          s.setString(1, status.name());
          if (participantCount == null) {
            s.setString(2, runId);
          } else {
            s.setInt(2, participantCount);
            s.setString(3, runId);
          }
        },
        runId);
  }

  @Override
  public void attach(String runId, long jobExecution) {
    update(
        "UPDATE evaluation_run SET job_execution_id = ? WHERE id = ?",
        s -> {
          s.setLong(1, jobExecution);
          s.setString(2, runId);
        },
        runId);
  }

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private void update(String sql, Binder binder, String runId) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no evaluation run " + runId);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "updating evaluation run " + runId + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Page<EvaluationRun> runs(String planCode, String occasionCode, PageRequest page) {
    String where =
        " from EvaluationRunEntity r where r.planCode = :plan and r.occasionCode = :occasion";
    TypedQuery<EvaluationRunEntity> q =
        em.createQuery(
            "select r" + where + " order by r.startedAt desc, r.id", EvaluationRunEntity.class);
    TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("plan", planCode).setParameter("occasion", occasionCode);
    }
    List<EvaluationRunEntity> found =
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<String, Long> judged = judged(found.stream().map(r -> r.id).toList());
    List<EvaluationRun> items =
        found.stream().map(r -> toRun(r, judged.getOrDefault(r.id, 0L))).toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Optional<EvaluationRun> run(String runId) {
    // read afresh: the job moves the row on other threads
    return Optional.ofNullable(
            em.find(
                EvaluationRunEntity.class,
                runId,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)))
        .map(r -> toRun(r, judged(List.of(r.id)).getOrDefault(r.id, 0L)));
  }

  /** How many participants each run holds so far: its progress, committed chunk by chunk. */
  private Map<String, Long> judged(List<String> runIds) {
    if (runIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> judged = new HashMap<>();
    em.createQuery(
            "select p.runId, count(p) from EvaluationParticipantEntity p where p.runId in :runs"
                + " group by p.runId",
            Object[].class)
        .setParameter("runs", runIds)
        .getResultList()
        .forEach(r -> judged.put((String) r[0], ((Number) r[1]).longValue()));
    return judged;
  }

  @Override
  public Page<JudgedParticipant> participants(
      String runId,
      Collection<String> units,
      String awardFormCode,
      Outcome outcome,
      PageRequest page) {
    boolean byVerdict = awardFormCode != null || outcome != null;
    String where =
        " from EvaluationParticipantEntity p where p.runId = :run"
            + (units == null ? "" : " and p.unitCode in :units")
            + (byVerdict
                ? " and exists (select v from EvaluationVerdictEntity v where v.runId = p.runId"
                    + " and v.participantId = p.participantId"
                    + (awardFormCode == null ? "" : " and v.awardFormCode = :form")
                    + (outcome == null ? "" : " and v.outcome = :outcome")
                    + ")"
                : "");
    TypedQuery<EvaluationParticipantEntity> q =
        em.createQuery(
            "select p" + where + " order by p.participantId", EvaluationParticipantEntity.class);
    TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("run", runId);
      if (units != null) {
        t.setParameter("units", units.isEmpty() ? List.of("") : units);
      }
      if (awardFormCode != null) {
        t.setParameter("form", awardFormCode);
      }
      if (outcome != null) {
        t.setParameter("outcome", outcome.name());
      }
    }
    List<EvaluationParticipantEntity> found =
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(
        withVerdicts(runId, found), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public List<OutcomeCount> counts(String runId, Collection<String> units) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select v.awardFormCode, v.outcome, count(v) from EvaluationVerdictEntity v,"
                + " EvaluationParticipantEntity p where v.runId = :run and p.runId = v.runId"
                + " and p.participantId = v.participantId"
                + (units == null ? "" : " and p.unitCode in :units")
                + " group by v.awardFormCode, v.outcome",
            Object[].class);
    q.setParameter("run", runId);
    if (units != null) {
      q.setParameter("units", units.isEmpty() ? List.of("") : units);
    }
    return q.getResultList().stream()
        .map(
            r ->
                new OutcomeCount(
                    (String) r[0], Outcome.valueOf((String) r[1]), ((Number) r[2]).longValue()))
        .toList();
  }

  @Override
  public Optional<JudgedParticipant> participant(String runId, String participantId) {
    EvaluationParticipantEntity.Key key = new EvaluationParticipantEntity.Key();
    key.runId = runId;
    key.participantId = participantId;
    EvaluationParticipantEntity p = em.find(EvaluationParticipantEntity.class, key);
    return p == null ? Optional.empty() : Optional.of(withVerdicts(runId, List.of(p)).get(0));
  }

  /** The participants with their verdicts, read in one query, in the order given. */
  private List<JudgedParticipant> withVerdicts(
      String runId, List<EvaluationParticipantEntity> participants) {
    if (participants.isEmpty()) {
      return List.of();
    }
    Map<String, List<KeptVerdict>> byParticipant = new LinkedHashMap<>();
    participants.forEach(p -> byParticipant.put(p.participantId, new ArrayList<>()));
    EvaluationRunEntity run = em.find(EvaluationRunEntity.class, runId);
    em.createQuery(
            "select v from EvaluationVerdictEntity v where v.runId = :run"
                + " and v.participantId in :ids order by v.participantId, v.formOrder",
            EvaluationVerdictEntity.class)
        .setParameter("run", runId)
        .setParameter("ids", byParticipant.keySet())
        .getResultList()
        .forEach(v -> byParticipant.get(v.participantId).add(kept(v, run.occasionCode)));
    return participants.stream()
        .map(
            p ->
                new JudgedParticipant(
                    p.participantId,
                    p.name,
                    ParticipantKind.valueOf(p.kind),
                    p.categoryCode,
                    p.unitCode,
                    byParticipant.get(p.participantId)))
        .toList();
  }

  /** A verdict as its row keeps it: its facts since V11, its written explanation before. */
  private static KeptVerdict kept(EvaluationVerdictEntity v, String occasionCode) {
    Outcome outcome = Outcome.valueOf(v.outcome);
    if (v.facts != null) {
      return new KeptVerdict.Facts(VerdictFacts.read(v.awardFormCode, outcome, v.facts));
    }
    return new KeptVerdict.Written(
        VerdictJson.read(v.participantId, occasionCode, v.awardFormCode, v.outcome, v.explanation));
  }

  private static EvaluationRun toRun(EvaluationRunEntity e, long judged) {
    return new EvaluationRun(
        e.id,
        e.planCode,
        e.planVersion,
        e.occasionCode,
        e.asOf,
        e.startedBy,
        e.startedAt,
        e.participantCount,
        EvaluationRun.Status.valueOf(e.status),
        Math.toIntExact(judged),
        e.jobExecutionId == null ? 0 : e.jobExecutionId);
  }

  private DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = (DataSource) new InitialContext().lookup(settings.datasourceJndi());
      } catch (NamingException e) {
        throw new IllegalStateException(
            "no datasource at " + settings.datasourceJndi() + ": " + e.getMessage(), e);
      }
    }
    return dataSource;
  }
}
