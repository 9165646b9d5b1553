package vn.emulation.bench.data;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.format.plan.PlanJsonReader;
import vn.emulation.jakarta.format.plan.PlanJsonWriter;
import vn.emulation.jakarta.infrastructure.persistence.DatabaseMigrator;

/**
 * Generates a data set (a province or the nation, {@link Shape}) from a seed and loads it into a
 * PostgreSQL database of its own: the schema by the application's own Flyway migrations (those of
 * emulation-jakarta, on this class path), the Rạch Giá plan as the application stores an imported
 * plan file (its canonical document by the format's writer, its SHA-256, in force from the day the
 * plan names), then the units, participants and reports streamed through {@code COPY} as they are
 * generated. Prints each table's rows per second and the SHA-256 of the rows sent, so that two runs
 * can be compared: the same shape and seed give the same digests ({@code --dry-run} computes them
 * without a database).
 *
 * <p>Options ({@code --name value}): {@code --set} (province | nation), {@code --seed}, {@code
 * --provinces}, {@code --communes}, {@code --participants}, {@code --reports} (override the set's),
 * {@code --db-name} (emulation_{set}), {@code --db-host} (127.0.0.1), {@code --db-port} (5432),
 * {@code --db-user} (postgres), {@code --replace} (true: drop the database first if it exists),
 * {@code --dry-run} (true: generate and print the digests only).
 */
public final class DataSetLoader {

  static final String PLAN = "rach-gia-2022-2025";

  /** Mirrors the application's migration locations (DatabaseMigrator). */
  private static final String MIGRATIONS = "classpath:db/migration";

  private DataSetLoader() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Shape base = Shape.named(o.getOrDefault("set", "province"));
    Shape shape =
        new Shape(
            base.name(),
            Integer.parseInt(o.getOrDefault("provinces", "" + base.provinces())),
            Integer.parseInt(o.getOrDefault("communes", "" + base.communes())),
            Integer.parseInt(o.getOrDefault("participants", "" + base.participants())),
            Long.parseLong(o.getOrDefault("reports", "" + base.reports())),
            Long.parseLong(o.getOrDefault("seed", "" + base.seed())));
    boolean dryRun = Boolean.parseBoolean(o.getOrDefault("dry-run", "false"));
    String host = o.getOrDefault("db-host", "127.0.0.1");
    String port = o.getOrDefault("db-port", "5432");
    String user = o.getOrDefault("db-user", "postgres");
    String db = o.getOrDefault("db-name", "emulation_" + shape.name());
    System.out.printf(Locale.ROOT, "%s%n", shape);
    long start = System.nanoTime();
    if (dryRun) {
      Map<String, String> digests = generate(shape, readPlan(), null);
      System.out.printf(
          Locale.ROOT, "dry run in %.1f s, digest %s%n", seconds(start), digests.get("all"));
      return;
    }
    String url = "jdbc:postgresql://" + host + ":" + port + "/";
    createDatabase(url + "postgres", user, db, Boolean.parseBoolean(o.get("replace")));
    Flyway.configure(DataSetLoader.class.getClassLoader())
        .dataSource(url + db, user, "")
        .locations(MIGRATIONS)
        .javaMigrations(DatabaseMigrator.javaMigrations())
        .callbackLocations("classpath:db/callback")
        .failOnMissingLocations(true)
        .load()
        .migrate();
    System.out.printf(Locale.ROOT, "schema migrated by Flyway in %.1f s%n", seconds(start));
    try (Connection c = DriverManager.getConnection(url + db, user, "")) {
      Map<String, String> digests = generate(shape, readPlan(), c);
      long vacuum = System.nanoTime();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        for (String t : List.of("org_unit", "org_unit_placement", "participant", "measurement")) {
          s.execute("VACUUM (ANALYZE) " + t);
        }
      }
      System.out.printf(Locale.ROOT, "VACUUM (ANALYZE) in %.1f s%n", seconds(vacuum));
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT pg_database_size(current_database()),"
                      + " pg_size_pretty(pg_database_size(current_database()))")) {
        r.next();
        System.out.printf(
            Locale.ROOT, "database %s: %,d bytes (%s)%n", db, r.getLong(1), r.getString(2));
      }
      System.out.printf(
          Locale.ROOT, "loaded in %.1f s, digest %s%n", seconds(start), digests.get("all"));
    }
  }

  /**
   * Generates every row of {@code shape} into {@code c} (or only into the digests when null);
   * returns each table's digest and the digest of them all ({@code all}).
   */
  static Map<String, String> generate(Shape shape, Plan plan, Connection c) throws Exception {
    Reports reports = new Reports(plan);
    Territory territory =
        Territory.generate(shape, reports.villagesFor(shape), new SplittableRandom(shape.seed()));
    territory.hierarchy();
    SplittableRandom ids = new SplittableRandom(shape.seed() + 1);
    Map<String, String> digests = new java.util.LinkedHashMap<>();
    if (c != null) {
      c.setAutoCommit(false);
    }
    digests.put("plan_version", storePlan(c, plan, uuid(ids)));
    digests.put(
        "org_unit",
        load(
            c,
            "org_unit",
            "code, unit_level, opened_on, closed_on, row_version",
            t -> {
              for (Territory.Province p : territory.provinces) {
                t.row(p.code(), "PROVINCE", Territory.OPENED, null, 1);
              }
              for (Territory.Commune m : territory.communes) {
                t.row(m.code(), "COMMUNE", Territory.OPENED, null, 1);
              }
            }));
    digests.put(
        "org_unit_placement",
        load(
            c,
            "org_unit_placement",
            "unit_code, valid_from, name, parent_code",
            t -> {
              for (Territory.Province p : territory.provinces) {
                t.row(p.code(), Territory.OPENED, p.name(), null);
              }
              for (Territory.Commune m : territory.communes) {
                t.row(m.code(), Territory.OPENED, m.name(), m.provinceCode());
              }
            }));
    digests.put(
        "participant",
        load(
            c,
            "participant",
            "id, plan_code, kind, name, category_code, unit_code, row_version",
            t ->
                new Participants(plan)
                    .generate(
                        shape,
                        territory,
                        new SplittableRandom(shape.seed() + 2),
                        (id, kind, name, category, unit) ->
                            t.row(id, PLAN, kind.name(), name, category, unit, 1))));
    SplittableRandom stamps = new SplittableRandom(shape.seed() + 3);
    digests.put(
        "measurement",
        load(
            c,
            "measurement",
            "plan_code, indicator_code, unit_code, period_year, breakdown, numerator,"
                + " denominator, amount, upload_id, reported_at, row_version",
            t ->
                reports.generate(
                    shape,
                    territory,
                    new SplittableRandom(shape.seed() + 4),
                    (indicator, unit, year, breakdown, q) -> {
                      Long n = null;
                      Long d = null;
                      String amount = null;
                      if (q instanceof Quantity.Ratio r) {
                        n = r.numerator();
                        d = r.denominator();
                      } else {
                        amount = ((Quantity.Amount) q).amount().toPlainString();
                      }
                      t.row(
                          PLAN,
                          indicator,
                          unit,
                          year,
                          breakdown,
                          n,
                          d,
                          amount,
                          null,
                          reportedAt(year, stamps),
                          1);
                    })));
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    digests.forEach(
        (table, sha) -> {
          System.out.printf(Locale.ROOT, "  sha256 %-20s %s%n", table, sha);
          all.update(sha.getBytes(StandardCharsets.US_ASCII));
        });
    digests.put("all", HexFormat.of().formatHex(all.digest()));
    return digests;
  }

  private interface Rows {
    void write(CopyTable t) throws Exception;
  }

  /** One table streamed in one transaction, its rebuildable constraints set aside meanwhile. */
  private static String load(Connection c, String table, String columns, Rows rows)
      throws Exception {
    Deferred deferred = c == null ? null : Deferred.drop(c, table);
    long start = System.nanoTime();
    CopyTable t = new CopyTable(c, table, columns);
    rows.write(t);
    t.close();
    double copy = seconds(start);
    long rebuild = System.nanoTime();
    if (deferred != null) {
      try (Statement s = c.createStatement()) {
        s.execute("SET maintenance_work_mem = '512MB'");
      }
      deferred.restore(c);
    }
    commit(c);
    double total = seconds(start);
    System.out.printf(
        Locale.ROOT,
        "  %-20s %,12d rows in %7.1f s: %,10.0f rows/s",
        table,
        t.rows(),
        total,
        t.rows() / total);
    if (deferred != null) {
      System.out.printf(
          Locale.ROOT,
          " (COPY %.1f s: %,.0f rows/s; %d keys, indexes and foreign" + " keys rebuilt in %.1f s)",
          copy,
          t.rows() / copy,
          deferred.count(),
          seconds(rebuild));
    }
    System.out.println();
    return t.sha256();
  }

  /** The plan as {@code PlanCatalog.importPlan} stores an imported file that says IN_FORCE. */
  private static String storePlan(Connection c, Plan plan, String id) throws Exception {
    String document = new PlanJsonWriter().write(plan);
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
    int version = plan.identity().version();
    PlanVersion v =
        new PlanVersions(plan.code(), List.of())
            .withDraft(version)
            .bringIntoForce(version, PlanVersion.defaultInForceFrom(plan.identity()))
            .version(version)
            .orElseThrow();
    if (c != null) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
                  + " first_year, last_year, document, sha256, imported_at, row_version,"
                  + " in_force_from, in_force_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " TIMESTAMP WITH TIME ZONE '2025-12-01 00:00:00+00', 1, ?, ?)")) {
        s.setString(1, id);
        s.setString(2, plan.code());
        s.setInt(3, version);
        s.setString(4, plan.identity().title().vi());
        s.setString(5, plan.identity().title().en());
        s.setString(6, v.status().name());
        s.setInt(7, plan.identity().period().first());
        s.setInt(8, plan.identity().period().last());
        s.setString(9, document);
        s.setString(10, sha);
        s.setObject(11, v.inForceFrom());
        s.setObject(12, v.inForceUntil());
        s.executeUpdate();
      }
      commit(c);
    }
    return sha;
  }

  private static void createDatabase(String url, String user, String db, boolean replace)
      throws SQLException {
    if (!db.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + db);
    }
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      boolean exists;
      try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
        exists = r.next();
      }
      if (exists && !replace) {
        throw new IllegalStateException(
            "database " + db + " exists: drop it or pass --replace true");
      }
      if (exists) {
        s.execute("DROP DATABASE " + db);
      }
      s.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
    }
  }

  /** A version-4 UUID drawn from {@code r}: random-looking as the application's, yet seeded. */
  static String uuid(SplittableRandom r) {
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb).toString();
  }

  /** When a year's figure came in: in the first seven weeks of the next year. */
  private static String reportedAt(int year, SplittableRandom r) {
    return LocalDateTime.of(year + 1, 1, 2, 7, 0).plusMinutes(r.nextInt(50 * 24 * 60)) + "+00";
  }

  private static void commit(Connection c) throws SQLException {
    if (c != null) {
      c.commit();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static Plan readPlan() throws Exception {
    try (InputStream in = DataSetLoader.class.getResourceAsStream("/plans/" + PLAN + ".json")) {
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
