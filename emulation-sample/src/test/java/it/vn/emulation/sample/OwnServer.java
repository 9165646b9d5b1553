package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample's own Liberty (the runtime the build installed) as a server of a test's own, outside
 * Arquillian: a copy of the sample server under another name, on ports of its own and on a
 * PostgreSQL database the test names, started, stopped and killed by the test with Liberty's {@code
 * server} command. For the tests that need what Arquillian's one server cannot give: a JVM to kill
 * ({@link EvaluationJobKillIT}), two servers on one database ({@link TwoInstancesIT}).
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), as the persistence tests do: {@link
 * #freshDatabase} skips the test saying so where it is absent, except on CI, where it fails.
 */
final class OwnServer {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final String database;
  private final int httpPort;
  private final Path wlp;
  private final Path dir;

  private OwnServer(String name, String database, int httpPort, Path wlp) {
    this.name = name;
    this.database = database;
    this.httpPort = httpPort;
    this.wlp = wlp;
    this.dir = wlp.resolve("usr/servers/" + name);
  }

  /**
   * Drops the database if a run before left it and creates it empty; aborts the test (skipped,
   * saying why) where there is no PostgreSQL, except on CI, which has one.
   */
  static void freshDatabase(String database) {
    try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException absent) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI has PostgreSQL on 127.0.0.1:5432: " + absent, absent);
      }
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 (" + absent.getMessage() + ")");
    }
  }

  /**
   * Creates (does not start) the server {@code name} beside the sample's, from its configuration,
   * its JDBC drivers, the development sign-in and the emulation WAR the build made, on PostgreSQL
   * database {@code database} and the two ports given. A server of that name left by a run before
   * is replaced.
   */
  static OwnServer create(String name, String database, int httpPort, int httpsPort)
      throws IOException {
    Path sample = Path.of(System.getProperty("emulation.server.dir"));
    OwnServer s =
        new OwnServer(name, database, httpPort, sample.getParent().getParent().getParent());
    deleteTree(s.dir);
    Files.createDirectories(s.dir.resolve("dropins"));
    Files.createDirectories(s.dir.resolve("apps"));
    for (String file : List.of("server.xml", "server.env")) {
      Files.copy(sample.resolve(file), s.dir.resolve(file));
    }
    for (String dir : List.of("db", "metrics", "lib")) {
      copyTree(sample.resolve(dir), s.dir.resolve(dir));
    }
    Files.copy(
        sample.resolve("apps/emulation-dev-signin.war"),
        s.dir.resolve("apps/emulation-dev-signin.war"));
    Files.copy(
        Path.of(System.getProperty("emulation.war")), s.dir.resolve("dropins/emulation.war"));
    Files.writeString(
        s.dir.resolve("bootstrap.properties"),
        "emulation.db=postgresql\n"
            + "db.host=127.0.0.1\n"
            + "db.name="
            + database
            + "\n"
            + "http.port="
            + httpPort
            + "\n"
            + "https.port="
            + httpsPort
            + "\n");
    return s;
  }

  /**
   * Sets a MicroProfile Config property for this server's next start, as a deployment would: an
   * environment variable in its {@code server.env} ({@code EMULATION_FACTS_HEAD_WINDOW_MS=0}).
   */
  OwnServer withEnvironment(String variable, String value) throws IOException {
    Files.writeString(
        dir.resolve("server.env"),
        "\n" + variable + "=" + value + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    return this;
  }

  /** The emulation WAR's root on this server ({@code http://localhost:PORT/emulation/}). */
  URL deployment() {
    try {
      return URI.create("http://localhost:" + httpPort + "/emulation/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A client signed in as a demo user with a token minted now: the development sign-in's key is new
   * with each start, so a token from before a restart (or from another server) is refused.
   */
  Api signedIn(String user) {
    Api api = new Api(deployment());
    Api.Reply minted = api.mint("{\"user\":\"" + user + "\"}");
    assertThat(minted.status()).as(minted.body()).isEqualTo(200);
    return api.withAuthorization("Bearer " + minted.object().getString("token"));
  }

  /** A connection to this server's database, behind the API's back. */
  Connection database() throws SQLException {
    return DriverManager.getConnection(PG + database, "postgres", "");
  }

  /** Starts the server and waits until it is ready (its database migrated, the WAR up). */
  void start() throws Exception {
    serverCommand("start");
    URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
    URI app = URI.create("http://localhost:" + httpPort + "/emulation/api/plans");
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (status(ready) != 200 || status(app) == 404 || status(app) == -1) {
      assertThat(System.nanoTime()).as(name + " not ready").isLessThan(until);
      Thread.sleep(250);
    }
  }

  /** Stops the server if it was created (for an {@code @AfterAll} that runs whatever happened). */
  void stop() throws Exception {
    if (Files.isDirectory(dir)) {
      serverCommand("stop");
    }
  }

  /**
   * {@code kill -9} of the server's JVM, as its pid file names it (where no {@code kill} program is
   * installed, the JDK sends the same SIGKILL); waits until it is gone.
   */
  void killMinus9() throws Exception {
    long pid =
        Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
    ProcessHandle jvm =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no JVM " + pid));
    if (Stream.of("/bin/kill", "/usr/bin/kill").anyMatch(k -> Files.isExecutable(Path.of(k)))) {
      Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
      assertThat(kill.waitFor()).isZero();
    } else {
      assertThat(jvm.destroyForcibly()).isTrue();
    }
    jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  private void serverCommand(String command) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), command, name).inheritIO();
    b.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = b.start();
    assertThat(p.waitFor()).as("server " + command + " " + name).isIn(0, 1);
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
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
