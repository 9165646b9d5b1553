package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository;
import vn.emulation.jakarta.application.evaluation.RunParticipant;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The evaluation runs in {@code evaluation_run}, {@code evaluation_participant} and {@code
 * evaluation_verdict}. A run is written with plain JDBC in batches (a city's run is thousands of
 * verdicts, each with its explanation), on a connection of the same datasource as JPA, which the
 * container enlists in the caller's transaction, like {@link JdbcMeasurementWriter}; it is read
 * through JPA. Nothing here updates or deletes a row.
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
  public void store(EvaluationRun run, List<RunParticipant> participants) {
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation_run (id, plan_code, plan_version, occasion_code, as_of,"
                  + " started_by, started_at, participant_count, status)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, run.id());
        s.setString(2, run.planCode());
        s.setInt(3, run.planVersion());
        s.setString(4, run.occasionCode());
        s.setObject(5, run.asOf());
        s.setString(6, run.startedBy());
        s.setObject(7, run.startedAt());
        s.setInt(8, run.participantCount());
        s.setString(9, run.status().name());
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation_participant (run_id, participant_id, name, kind,"
                  + " category_code, unit_code) VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (RunParticipant p : participants) {
          s.setString(1, run.id());
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
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation_verdict (run_id, participant_id, award_form_code,"
                  + " form_order, outcome, explanation) VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (RunParticipant p : participants) {
          for (int i = 0; i < p.verdicts().size(); i++) {
            VerdictRecord v = p.verdicts().get(i);
            s.setString(1, run.id());
            s.setString(2, p.id());
            s.setString(3, v.awardFormCode());
            s.setInt(4, i);
            s.setString(5, v.outcome().name());
            s.setString(6, VerdictJson.write(v));
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
    } catch (SQLException e) {
      throw new IllegalStateException(
          "storing evaluation run " + run.id() + " failed: " + e.getMessage(), e);
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
    List<EvaluationRun> items =
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(JpaEvaluationRunRepository::toRun)
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Optional<EvaluationRun> run(String runId) {
    return Optional.ofNullable(em.find(EvaluationRunEntity.class, runId))
        .map(JpaEvaluationRunRepository::toRun);
  }

  @Override
  public Page<RunParticipant> participants(
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
  public Optional<RunParticipant> participant(String runId, String participantId) {
    EvaluationParticipantEntity.Key key = new EvaluationParticipantEntity.Key();
    key.runId = runId;
    key.participantId = participantId;
    EvaluationParticipantEntity p = em.find(EvaluationParticipantEntity.class, key);
    return p == null ? Optional.empty() : Optional.of(withVerdicts(runId, List.of(p)).get(0));
  }

  /** The participants with their verdicts, read in one query, in the order given. */
  private List<RunParticipant> withVerdicts(
      String runId, List<EvaluationParticipantEntity> participants) {
    if (participants.isEmpty()) {
      return List.of();
    }
    Map<String, List<VerdictRecord>> byParticipant = new LinkedHashMap<>();
    participants.forEach(p -> byParticipant.put(p.participantId, new ArrayList<>()));
    EvaluationRunEntity run = em.find(EvaluationRunEntity.class, runId);
    em.createQuery(
            "select v from EvaluationVerdictEntity v where v.runId = :run"
                + " and v.participantId in :ids order by v.participantId, v.formOrder",
            EvaluationVerdictEntity.class)
        .setParameter("run", runId)
        .setParameter("ids", byParticipant.keySet())
        .getResultList()
        .forEach(
            v ->
                byParticipant
                    .get(v.participantId)
                    .add(
                        VerdictJson.read(
                            v.participantId,
                            run.occasionCode,
                            v.awardFormCode,
                            v.outcome,
                            v.explanation)));
    return participants.stream()
        .map(
            p ->
                new RunParticipant(
                    p.participantId,
                    p.name,
                    ParticipantKind.valueOf(p.kind),
                    p.categoryCode,
                    p.unitCode,
                    byParticipant.get(p.participantId)))
        .toList();
  }

  private static EvaluationRun toRun(EvaluationRunEntity e) {
    return new EvaluationRun(
        e.id,
        e.planCode,
        e.planVersion,
        e.occasionCode,
        e.asOf,
        e.startedBy,
        e.startedAt,
        e.participantCount,
        EvaluationRun.Status.valueOf(e.status));
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
