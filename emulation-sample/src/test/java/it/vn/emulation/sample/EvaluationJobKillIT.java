package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation job killed with {@code kill -9} mid-way on PostgreSQL, and restarted (issue 10):
 * the sample's own Liberty (the runtime the build installed) as a server of its own on a fresh
 * PostgreSQL database and ports of its own, started and killed by this test, not by Arquillian. A
 * run of several thousand participants (a seeded generator, stored with SQL behind the API) is
 * started through the API; once at least two checkpoints are committed, and before the end, the
 * Liberty JVM is killed; the server is started again, the run (still RUNNING: nothing ran its end)
 * is restarted through the API, and it must end COMPLETE with exactly one verdict per participant
 * and award form (counted in SQL), having judged after the restart fewer participants than the run
 * holds (read from the batch job repository).
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), as the persistence tests do: where
 * it is absent the test is skipped saying so, except on CI, where it fails.
 */
class EvaluationJobKillIT {

  private static final String SERVER = "emulationKill9";
  private static final String DATABASE = "emulation_kill9";
  private static final int HTTP_PORT = 9181;
  private static final int HTTPS_PORT = 9544;
  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

  /** Enough that the job runs several seconds here (about 20 s on two cores): 100 chunks. */
  private static final int PARTICIPANTS = 10_000;

  private static final long SEED = 20261201L;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path wlp;
  private static Path server;

  @BeforeAll
  static void postgresqlAndAServerOfItsOwn() throws Exception {
    try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException absent) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI has PostgreSQL on 127.0.0.1:5432: " + absent, absent);
      }
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 (" + absent.getMessage() + ")");
    }
    Path sample = Path.of(System.getProperty("emulation.server.dir"));
    wlp = sample.getParent().getParent().getParent();
    server = wlp.resolve("usr/servers/" + SERVER);
    deleteTree(server);
    Files.createDirectories(server.resolve("dropins"));
    Files.createDirectories(server.resolve("apps"));
    for (String file : List.of("server.xml", "server.env")) {
      Files.copy(sample.resolve(file), server.resolve(file));
    }
    for (String dir : List.of("db", "metrics", "lib")) {
      copyTree(sample.resolve(dir), server.resolve(dir));
    }
    Files.copy(
        sample.resolve("apps/emulation-dev-signin.war"),
        server.resolve("apps/emulation-dev-signin.war"));
    Files.copy(
        Path.of(System.getProperty("emulation.war")), server.resolve("dropins/emulation.war"));
    Files.writeString(
        server.resolve("bootstrap.properties"),
        "emulation.db=postgresql\n"
            + "db.host=127.0.0.1\n"
            + "db.name="
            + DATABASE
            + "\n"
            + "http.port="
            + HTTP_PORT
            + "\n"
            + "https.port="
            + HTTPS_PORT
            + "\n");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null && Files.isDirectory(server)) {
      serverCommand("stop");
    }
  }

  @Test
  void aRunKilledMidWayAndRestartedEndsCompleteWithOneVerdictPerParticipantAndForm()
      throws Exception {
    start();
    URL deployment = URI.create("http://localhost:" + HTTP_PORT + "/emulation/").toURL();
    FreshCity city = FreshCity.create(deployment);
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
    JsonObject progress = awaitJudged(city.api(), run, 200);
    assertThat(progress.getString("status")).isEqualTo("RUNNING");
    assertThat(progress.getInt("judged"))
        .as("the job ended before it could be killed: raise PARTICIPANTS")
        .isLessThan(PARTICIPANTS / 2);
    killMinus9();
    int judgedAtKill = stored(runId);
    assertThat(judgedAtKill).isBetween(200, PARTICIPANTS - 1);

    start();
    // a fresh token: the development sign-in's key is new with each start
    Api admin =
        city.api()
            .withAuthorization(
                "Bearer " + city.api().mint("{\"user\":\"admin\"}").object().getString("token"));
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
    try (Connection c = database()) {
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
      // the restart resumed: its partitions read fewer participants than the run holds, at most
      // one chunk per partition thread more than were left at the kill
      long execution = count(c, "SELECT job_execution_id FROM evaluation_run WHERE id = ?", runId);
      long readAfterRestart = readBy(c, execution);
      assertThat(readAfterRestart)
          .isLessThan(PARTICIPANTS)
          .isLessThanOrEqualTo(PARTICIPANTS - judgedAtKill + 2 * 100L)
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
    try (Connection c = database();
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
    try (Connection c = database()) {
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

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(PG + DATABASE, "postgres", "");
  }

  private static JsonObject ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  /** Starts the server and waits until it is ready (its database migrated, the WAR up). */
  private static void start() throws Exception {
    serverCommand("start");
    URI ready = URI.create("http://localhost:" + HTTP_PORT + "/health/ready");
    URI app = URI.create("http://localhost:" + HTTP_PORT + "/emulation/api/plans");
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (status(ready) != 200 || status(app) == 404 || status(app) == -1) {
      assertThat(System.nanoTime()).as("server not ready").isLessThan(until);
      Thread.sleep(250);
    }
  }

  /**
   * {@code kill -9} of the server's JVM, as its pid file names it (where no {@code kill} program is
   * installed, the JDK sends the same SIGKILL); waits until it is gone.
   */
  private static void killMinus9() throws Exception {
    long pid =
        Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + SERVER + ".pid")).trim());
    ProcessHandle jvm =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no JVM " + pid));
    if (Stream.of("/bin/kill", "/usr/bin/kill").anyMatch(k -> Files.isExecutable(Path.of(k)))) {
      Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
      assertThat(kill.waitFor()).isZero();
    } else {
      assertThat(jvm.destroyForcibly()).isTrue();
    }
    jvm.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
  }

  private static void serverCommand(String command) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), command, SERVER).inheritIO();
    b.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = b.start();
    assertThat(p.waitFor()).as("server " + command).isIn(0, 1);
  }

  private static int status(URI uri) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
