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
 * running sample server on PostgreSQL, then loads the same rows into the same table with {@code
 * psql \copy}, and prints both throughputs and their ratio (the target: upload ≥ 0.5 × copy).
 *
 * <p>Each round: open fresh units in the database; write the upload file; time the upload (HTTP,
 * parsing, checks, storing, commit); check the rows are there; delete them (the upload record
 * stays: the copied rows refer to it, as the uploaded ones did); vacuum and checkpoint; time {@code
 * \copy} of the same rows in the table's columns; remove everything again.
 *
 * <p>Options ({@code --name value}): {@code --url} (http://localhost:9080/emulation/api), {@code
 * --rows} (1000000), {@code --units} (1000), {@code --rounds} (1), {@code --db-host} (127.0.0.1),
 * {@code --db-port} (5432), {@code --db-name} (emulation_bench), {@code --db-user} (postgres),
 * {@code --dir} (the temporary directory, for the two CSV files).
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
    requireServer(http, url);
    List<double[]> results = new ArrayList<>();
    try (BenchDatabase db =
        new BenchDatabase(
            o.getOrDefault("db-host", "127.0.0.1"),
            Integer.parseInt(o.getOrDefault("db-port", "5432")),
            o.getOrDefault("db-name", "emulation_bench"),
            o.getOrDefault("db-user", "postgres"))) {
      for (int round = 1; round <= rounds; round++) {
        results.add(round(http, url, db, plan, rows, unitCount, dir, round));
      }
    }
    if (rounds > 1) {
      results.sort((a, b) -> Double.compare(a[2], b[2]));
      System.out.printf(
          Locale.ROOT, "median ratio over %d rounds: %.2f%n", rounds, results.get(rounds / 2)[2]);
    }
  }

  /** One round; returns upload rows/s, copy rows/s and their ratio. */
  private static double[] round(
      HttpClient http,
      String url,
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
      db.settle();
      long start = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          url + "/plans/" + PLAN + "/measurements/uploads?filename=bench.csv"))
                  .header("Content-Type", "text/csv")
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
      data.writeCopy(copy, PLAN, id, stored.getString("uploadedAt"));
      db.settle();
      start = System.nanoTime();
      String copied = db.copy(copy);
      double copySeconds = (System.nanoTime() - start) / 1e9;
      if (!copied.equals("COPY " + rows) || db.countOfUpload(id) != rows) {
        throw new IllegalStateException("\\copy said: " + copied);
      }
      db.deleteUpload(id);
      double[] result = {rows / uploadSeconds, rows / copySeconds, copySeconds / uploadSeconds};
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d rows (%,d bytes)%n"
              + "  REST upload  %7.2f s  %,10.0f rows/s%n"
              + "  psql \\copy   %7.2f s  %,10.0f rows/s%n"
              + "  upload / copy throughput: %.2f%n",
          round,
          rows,
          Files.size(upload),
          uploadSeconds,
          result[0],
          copySeconds,
          result[1],
          result[2]);
      return result;
    } finally {
      db.closeUnits(prefix);
      Files.deleteIfExists(upload);
      Files.deleteIfExists(copy);
    }
  }

  private static void requireServer(HttpClient http, String url)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/plans/" + PLAN + "/versions")).GET().build(),
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
