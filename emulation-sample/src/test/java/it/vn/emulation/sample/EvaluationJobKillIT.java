package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation job killed with {@code kill -9} mid-way on PostgreSQL, and restarted (issue 10):
 * the sample's own Liberty as a server of its own ({@link OwnServer}) on a fresh PostgreSQL
 * database and ports of its own, started and killed by this test, not by Arquillian. A run of
 * several thousand participants (a seeded generator, stored with SQL behind the API) is started
 * through the API; once at least two checkpoints are committed, and before the end, the Liberty JVM
 * is killed; the server is started again, the run (still RUNNING: nothing ran its end) is restarted
 * through the API, and it must end COMPLETE with exactly one verdict per participant and award form
 * (counted in SQL), having judged after the restart fewer participants than the run holds (read
 * from the batch job repository).
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), as the persistence tests do: where
 * it is absent the test is skipped saying so, except on CI, where it fails.
 */
class EvaluationJobKillIT {

  private static final String DATABASE = "emulation_kill9";

  /** The job's chunk: {@code item-count} of {@code occasion-evaluation.xml}. */
  private static final int CHUNK = 2000;

  /**
   * Enough that the job runs a few seconds here, so that it is killed mid-way: 30 chunks, 15 per
   * partition (verdicts kept as facts since V11 are stored at thousands a second).
   */
  private static final int PARTICIPANTS = 60_000;

  private static final long SEED = 20261201L;

  private static OwnServer server;

  @BeforeAll
  static void postgresqlAndAServerOfItsOwn() throws Exception {
    OwnServer.freshDatabase(DATABASE);
    server = OwnServer.create("emulationKill9", DATABASE, 9181, 9544);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aRunKilledMidWayAndRestartedEndsCompleteWithOneVerdictPerParticipantAndForm()
      throws Exception {
    server.start();
    FreshCity city = FreshCity.create(server.deployment());
    insertParticipants(city);
    String occasion = "api/plans/" + city.plan + "/occasions/ANNUAL-2023";
    int formsOfAnEnterprise = forms(city, occasion, city.run + "-e00000");
    int formsOfAWard = forms(city, occasion, city.run + "-w00001");

    Api.Reply started = city.api().post(occasion + "/evaluations", "{}", "en");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String runId = started.object().getString("id");
    String run = occasion + "/evaluations/" + runId;
    assertThat(started.object().getInt("participants")).isEqualTo(PARTICIPANTS);

    // at least two checkpoints committed, and far from the end: then the JVM dies at once
    JsonObject progress = awaitJudged(city.api(), run, 2 * CHUNK);
    assertThat(progress.getString("status")).isEqualTo("RUNNING");
    assertThat(progress.getInt("judged"))
        .as("the job ended before it could be killed: raise PARTICIPANTS")
        .isLessThan(PARTICIPANTS / 2);
    server.killMinus9();
    int judgedAtKill = stored(runId);
    assertThat(judgedAtKill).isBetween(2 * CHUNK, PARTICIPANTS - 1);

    server.start();
    // a fresh token: the development sign-in's key is new with each start
    Api admin = server.signedIn("admin");
    JsonObject dead = ok(admin.get(run, "en"));
    assertThat(dead.getString("status")).isEqualTo("RUNNING");
    assertThat(dead.getInt("judged")).isEqualTo(judgedAtKill);
    assertThat(admin.get(run + "/verdicts", "en").status()).isEqualTo(409);

    Api.Reply restarted = admin.post(run + "/restart", "{}", "en");
    assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
    assertThat(restarted.header("Location")).endsWith(run);
    JsonObject done = awaitComplete(admin, run);

    assertThat(done.getInt("participants")).isEqualTo(PARTICIPANTS);
    assertThat(done.getInt("judged")).isEqualTo(PARTICIPANTS);
    try (Connection c = server.database()) {
      assertThat(count(c, "SELECT COUNT(*) FROM evaluation_participant WHERE run_id = ?", runId))
          .isEqualTo(PARTICIPANTS);
      long verdicts = count(c, "SELECT COUNT(*) FROM evaluation_verdict WHERE run_id = ?", runId);
      long distinct =
          count(
              c,
              "SELECT COUNT(*) FROM (SELECT DISTINCT participant_id, award_form_code"
                  + " FROM evaluation_verdict WHERE run_id = ?) d",
              runId);
      int enterprises = PARTICIPANTS - PARTICIPANTS / 4;
      assertThat(verdicts)
          .isEqualTo(distinct)
          .isEqualTo(
              (long) enterprises * formsOfAnEnterprise
                  + (long) (PARTICIPANTS - enterprises) * formsOfAWard);
      // every participant has as many verdicts as forms offered to its category: none missing
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM (SELECT p.participant_id FROM evaluation_participant p"
                      + " LEFT JOIN evaluation_verdict v ON v.run_id = p.run_id"
                      + " AND v.participant_id = p.participant_id WHERE p.run_id = ?"
                      + " GROUP BY p.participant_id, p.category_code HAVING COUNT(v.award_form_code)"
                      + " <> CASE p.category_code WHEN 'ENTERPRISES' THEN "
                      + formsOfAnEnterprise
                      + " ELSE "
                      + formsOfAWard
                      + " END) wrong",
                  runId))
          .isZero();
      // and no verdict of a participant the run does not hold (no foreign key since V11)
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM evaluation_verdict v WHERE v.run_id = ? AND NOT EXISTS"
                      + " (SELECT 1 FROM evaluation_participant p WHERE p.run_id = v.run_id"
                      + " AND p.participant_id = v.participant_id)",
                  runId))
          .isZero();
      // every verdict kept as its facts, none with a written explanation
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM evaluation_verdict WHERE run_id = ?"
                      + " AND (facts IS NULL OR explanation IS NOT NULL)",
                  runId))
          .isZero();
      // the restart resumed: its partitions read fewer participants than the run holds, at most
      // one chunk per partition thread more than were left at the kill
      long execution = count(c, "SELECT job_execution_id FROM evaluation_run WHERE id = ?", runId);
      long readAfterRestart = readBy(c, execution);
      assertThat(readAfterRestart)
          .isLessThan(PARTICIPANTS)
          .isLessThanOrEqualTo(PARTICIPANTS - judgedAtKill + 2L * CHUNK)
          .isGreaterThanOrEqualTo(PARTICIPANTS - judgedAtKill);
    }
    Api.Reply verdicts = admin.get(run + "/verdicts?size=1", "en");
    assertThat(verdicts.status()).as(verdicts.body()).isEqualTo(200);
    assertThat(verdicts.object().getInt("total")).isEqualTo(PARTICIPANTS);
  }

  /** How many award forms the live verdict of a participant offers it. */
  private static int forms(FreshCity city, String occasion, String participant) {
    return ok(city.api().get(occasion + "/verdicts/" + participant, "en"))
        .getJsonArray("verdicts")
        .size();
  }

  /**
   * Participants straight into the table (the API stores one a request): three enterprises for one
   * ward committee, in the city's two wards, named and placed by a seeded generator.
   */
  private static void insertParticipants(FreshCity city) throws SQLException {
    Random random = new Random(SEED);
    try (Connection c = server.database();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO participant (id, plan_code, kind, name, category_code, unit_code,"
                    + " row_version) VALUES (?, ?, 'COLLECTIVE', ?, ?, ?, 1)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < PARTICIPANTS; i++) {
        boolean ward = i % 4 == 1;
        s.setString(1, String.format("%s-%s%05d", city.run, ward ? "w" : "e", i));
        s.setString(2, city.plan);
        s.setString(3, (ward ? "UBND tổ dân phố " : "Công ty TNHH ") + random.nextInt(1_000_000));
        s.setString(4, ward ? "WARD_COMMITTEES" : "ENTERPRISES");
        s.setString(5, random.nextBoolean() ? city.wardA : city.wardB);
        s.addBatch();
        if (i % 1000 == 999) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    }
  }

  /** Polls the run until at least {@code judged} participants are stored. */
  private static JsonObject awaitJudged(Api api, String run, int judged) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      JsonObject r = ok(api.get(run, "en"));
      if (r.getInt("judged") >= judged || !r.getString("status").equals("RUNNING")) {
        return r;
      }
      assertThat(System.nanoTime()).as("no progress: " + r).isLessThan(until);
      Thread.sleep(50);
    }
  }

  private static JsonObject awaitComplete(Api api, String run) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      JsonObject r = ok(api.get(run, "en"));
      if (r.getString("status").equals("COMPLETE")) {
        return r;
      }
      assertThat(r.getString("status")).as(r.toString()).isEqualTo("RUNNING");
      assertThat(System.nanoTime()).as("not complete: " + r).isLessThan(until);
      Thread.sleep(200);
    }
  }

  /**
   * The participants the partitions of a job execution read, from the batch job repository (one row
   * per partition, partnum from 0; the step's own row is -1).
   */
  private static long readBy(Connection c, long execution) throws SQLException {
    return count(
        c,
        "SELECT COALESCE(SUM(m_read), 0) FROM batch_stepthreadexecution"
            + " WHERE fk_jobexecid = ? AND partnum >= 0",
        execution);
  }

  private static int stored(String runId) throws SQLException {
    try (Connection c = server.database()) {
      return (int) count(c, "SELECT COUNT(*) FROM evaluation_participant WHERE run_id = ?", runId);
    }
  }

  private static long count(Connection c, String sql, Object parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static JsonObject ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }
}
