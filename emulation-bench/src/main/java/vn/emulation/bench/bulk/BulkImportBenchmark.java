package vn.emulation.bench.bulk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/**
 * Uploads a million measurement rows through {@code POST /plans/{plan}/measurements/uploads} of a
 * running sample server on PostgreSQL, then loads the same rows with {@code psql \copy} into a
 * table with the measurement's columns and only its natural key, in the order of the measurement
 * table's primary key (issue 10's limit, P2: since V16 the same B-tree as the upload's), and into
 * one shaped as the measurement table was before V9 (a random UUID key, the natural key as a unique
 * constraint, foreign keys to the unit and the upload), and prints the throughputs and the ratios.
 *
 * <p>Each round: open fresh units in the database; write the upload file; time the upload (HTTP,
 * parsing, checks, storing, commit); check the rows are there; delete them (the upload record
 * stays: the copied rows refer to it, as the uploaded ones did); then for each comparison table:
 * create it empty, vacuum and checkpoint, time {@code \copy} of the same rows in its columns, check
 * the count, drop it; remove everything again.
 *
 * <p>Options ({@code --name value}): {@code --url} (http://localhost:9080/emulation/api), {@code
 * --rows} (1000000), {@code --units} (1000), {@code --rounds} (1), {@code --db-host} (127.0.0.1),
 * {@code --db-port} (5432), {@code --db-name} (emulation_bench), {@code --db-user} (postgres),
 * {@code --dir} (the temporary directory, for the CSV files), {@code --user} (admin: the demo user
 * of the development sign-in whose token sends the upload).
 */
public final class BulkImportBenchmark {

  private static final String PLAN = "rach-gia-2022-2025";

  private BulkImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String url = o.getOrDefault("url", "http://localhost:9080/emulation/api");
    int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
    int unitCount = Integer.parseInt(o.getOrDefault("units", "1000"));
    int rounds = Integer.parseInt(o.getOrDefault("rounds", "1"));
    Path dir = Path.of(o.getOrDefault("dir", System.getProperty("java.io.tmpdir")));
    Plan plan = readPlan();
    // HTTP/1.1 as browsers and curl send a plain-http upload: the JDK client would otherwise
    // upgrade to cleartext HTTP/2, whose small flow-control windows throttle a 37 MB body.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String user = o.getOrDefault("user", "admin");
    requireServer(http, url, token(http, url, user));
    List<double[]> results = new ArrayList<>();
    try (BenchDatabase db =
        new BenchDatabase(
            o.getOrDefault("db-host", "127.0.0.1"),
            Integer.parseInt(o.getOrDefault("db-port", "5432")),
            o.getOrDefault("db-name", "emulation_bench"),
            o.getOrDefault("db-user", "postgres"))) {
      for (int round = 1; round <= rounds; round++) {
        results.add(round(http, url, user, db, plan, rows, unitCount, dir, round));
      }
    }
    if (rounds > 1) {
      for (int k = 0; k < 2; k++) {
        int column = 3 + k;
        List<double[]> byRatio = new ArrayList<>(results);
        byRatio.sort((a, b) -> Double.compare(a[column], b[column]));
        System.out.printf(
            Locale.ROOT,
            "median upload / copy into %s over %d rounds: %.2f%n",
            k == 0 ? BenchDatabase.KEYED : BenchDatabase.WITH_UUID,
            rounds,
            byRatio.get(rounds / 2)[column]);
      }
      List<double[]> bySeconds = new ArrayList<>(results);
      bySeconds.sort((a, b) -> Double.compare(a[0], b[0]));
      System.out.printf(
          Locale.ROOT,
          "median upload over %d rounds: %.2f s%n",
          rounds,
          bySeconds.get(rounds / 2)[0]);
    }
  }

  /**
   * One round; returns the upload's seconds, the two copies' seconds (natural key only, as before
   * V9), and the two throughput ratios upload / copy.
   */
  private static double[] round(
      HttpClient http,
      String url,
      String user,
      BenchDatabase db,
      Plan plan,
      int rows,
      int unitCount,
      Path dir,
      int round)
      throws Exception {
    String prefix = "bench" + UUID.randomUUID().toString().substring(0, 6) + "-";
    Path upload = dir.resolve(prefix + "upload.csv");
    Path copy = dir.resolve(prefix + "copy.csv");
    try {
      BenchRows data = new BenchRows(plan, db.openUnits(prefix, unitCount), rows, round);
      data.writeUpload(upload);
      String token = token(http, url, user);
      db.settle();
      long start = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          url + "/plans/" + PLAN + "/measurements/uploads?filename=bench.csv"))
                  .header("Content-Type", "text/csv")
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofMinutes(30))
                  .POST(HttpRequest.BodyPublishers.ofFile(upload))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double uploadSeconds = (System.nanoTime() - start) / 1e9;
      if (r.statusCode() != 201) {
        throw new IllegalStateException(
            "upload answered "
                + r.statusCode()
                + ": "
                + r.body().substring(0, Math.min(2_000, r.body().length())));
      }
      JsonObject stored = Json.createReader(new StringReader(r.body())).readObject();
      String id = stored.getString("id");
      long count = db.countOfUpload(id);
      if (count != rows || stored.getInt("rowCount") != rows) {
        throw new IllegalStateException("stored " + count + " rows, expected " + rows);
      }
      db.deleteRowsOf(id);
      double keyed =
          copy(db, data, copy, BenchDatabase.KEYED, id, stored.getString("uploadedAt"), rows);
      double withUuid =
          copy(db, data, copy, BenchDatabase.WITH_UUID, id, stored.getString("uploadedAt"), rows);
      db.deleteUpload(id);
      double[] result = {
        uploadSeconds, keyed, withUuid, keyed / uploadSeconds, withUuid / uploadSeconds
      };
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d rows (%,d bytes)%n"
              + "  REST upload                   %7.2f s  %,10.0f rows/s%n"
              + "  psql \\copy, natural key only %7.2f s  %,10.0f rows/s  upload / copy %.2f%n"
              + "  psql \\copy, as before V9     %7.2f s  %,10.0f rows/s  upload / copy %.2f%n",
          round,
          rows,
          Files.size(upload),
          uploadSeconds,
          rows / uploadSeconds,
          keyed,
          rows / keyed,
          result[3],
          withUuid,
          rows / withUuid,
          result[4]);
      return result;
    } finally {
      db.dropComparison(BenchDatabase.KEYED);
      db.dropComparison(BenchDatabase.WITH_UUID);
      db.closeUnits(prefix);
      Files.deleteIfExists(upload);
      Files.deleteIfExists(copy);
    }
  }

  /** Times {@code \copy} of the rows into a fresh comparison table; returns the seconds. */
  private static double copy(
      BenchDatabase db,
      BenchRows data,
      Path file,
      String table,
      String uploadId,
      String uploadedAt,
      int rows)
      throws Exception {
    boolean withIds = table.equals(BenchDatabase.WITH_UUID);
    data.writeCopy(file, withIds, PLAN, uploadId, uploadedAt);
    db.createComparison(table);
    db.settle();
    long start = System.nanoTime();
    String copied =
        db.copy(table, withIds ? BenchDatabase.UUID_COLUMNS : BenchDatabase.KEYED_COLUMNS, file);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!copied.equals("COPY " + rows) || db.count(table) != rows) {
      throw new IllegalStateException("\\copy into " + table + " said: " + copied);
    }
    db.dropComparison(table);
    return seconds;
  }

  /** A token of the development sign-in for {@code user}, deployed beside the application. */
  private static String token(HttpClient http, String url, String user)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url).resolve("/dev-signin/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "no token for " + user + " (HTTP " + r.statusCode() + "): " + r.body());
    }
    return Json.createReader(new StringReader(r.body())).readObject().getString("token");
  }

  private static void requireServer(HttpClient http, String url, String token)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/plans/" + PLAN + "/versions"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "no plan "
              + PLAN
              + " at "
              + url
              + " (HTTP "
              + r.statusCode()
              + "): start the sample server on PostgreSQL first"
              + " (docs/performance.md, \"Bulk import\")");
    }
  }

  private static Plan readPlan() throws IOException {
    try (InputStream in =
        BulkImportBenchmark.class.getResourceAsStream("/plans/" + PLAN + ".json")) {
      return new PlanJsonReader().read(in);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }
}
