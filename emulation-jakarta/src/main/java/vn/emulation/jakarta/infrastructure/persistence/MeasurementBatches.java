package vn.emulation.jakarta.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.measurement.UploadRecord;

/**
 * The SQL that writes many measurements at once, one way per database. On PostgreSQL an {@code
 * INSERT … SELECT FROM unnest(arrays)}, a few thousand rows per statement (the server parses and
 * plans once per chunk, not once per row), the rows sorted by the primary key ({@link #KEY_ORDER}):
 * a plain insert when none of the upload's keys can be stored yet (one cheap look-up decides), else
 * with {@code ON CONFLICT DO UPDATE}, whose speculative insertion costs about a third more per row.
 * The table has no foreign key since V9 (ADR 0035) and no index but that key since V16 (ADR 0054).
 * Elsewhere (H2) a batched SQL standard {@code MERGE}. Every way keeps the row of a corrected key
 * and counts its version up, after copying the value it replaces into {@code measurement_revision}
 * (V5): on PostgreSQL one {@code INSERT … SELECT} per chunk, and only when some key may be stored
 * already; elsewhere one batched insert per row.
 */
final class MeasurementBatches {

  /** Rows per statement or batch: large enough to amortise a round trip, small in memory. */
  static final int CHUNK = 5_000;

  private static final String COLUMNS =
      "plan_code, indicator_code, unit_code, period_year,"
          + " breakdown, numerator, denominator, amount, upload_id, reported_at, reported_by,"
          + " row_version";

  private static final String REVISION_COLUMNS =
      "plan_code, indicator_code, unit_code, period_year, breakdown, numerator, denominator,"
          + " amount, upload_id, reported_at, reported_by, row_version, superseded_at";

  // The stored values of a chunk's keys, copied as revisions before the chunk replaces them.
  private static final String POSTGRESQL_REVISIONS =
      "INSERT INTO measurement_revision ("
          + REVISION_COLUMNS
          + ") SELECT m.plan_code, m.indicator_code, m.unit_code, m.period_year, m.breakdown, m.numerator, m.denominator, m.amount,"
          + " m.upload_id, m.reported_at, m.reported_by, m.row_version, ?"
          + " FROM measurement m JOIN unnest(CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
          + " CAST(? AS INTEGER[]), CAST(? AS VARCHAR[])) AS r(i, u, y, b)"
          + " ON m.indicator_code = r.i AND m.unit_code = r.u AND m.period_year = r.y"
          + " AND m.breakdown = r.b WHERE m.plan_code = ?";

  private static final String STANDARD_REVISION =
      "INSERT INTO measurement_revision ("
          + REVISION_COLUMNS
          + ") SELECT plan_code, indicator_code, unit_code, period_year, breakdown, numerator,"
          + " denominator, amount, upload_id, reported_at, reported_by, row_version, ?"
          + " FROM measurement WHERE plan_code = ? AND indicator_code = ? AND unit_code = ?"
          + " AND period_year = ? AND breakdown = ?";

  private static final String POSTGRESQL_INSERT =
      "INSERT INTO measurement ("
          + COLUMNS
          + ")"
          + " SELECT ?, r.i, r.u, r.y, r.b, r.n, r.d, r.a, ?, ?, ?, 1"
          + " FROM unnest(CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS INTEGER[]),"
          + " CAST(? AS VARCHAR[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS NUMERIC[]))"
          + " AS r(i, u, y, b, n, d, a)";

  private static final String POSTGRESQL_UPSERT =
      POSTGRESQL_INSERT
          + " ON CONFLICT (plan_code, period_year, indicator_code, breakdown, unit_code) DO UPDATE SET"
          + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,"
          + " amount = EXCLUDED.amount, upload_id = EXCLUDED.upload_id,"
          + " reported_at = EXCLUDED.reported_at, reported_by = EXCLUDED.reported_by,"
          + " row_version = measurement.row_version + 1";

  // Whether the plan has a value for any year, indicator and breakdown of the upload and a unit of
  // the upload: a superset of the keys that would conflict. One descent of the primary key per
  // distinct triple (plan, year, indicator, breakdown) of the upload, to the range from the
  // upload's first unit to its last (min and max in the database's collation, the key's), stopping
  // at the first stored row of one of the upload's units. Neither "= ANY" on every column
  // (PostgreSQL would walk every combination of the arrays) nor "unit = ANY" in the key (a descent
  // per triple and unit: a million for P2): the membership is tested on the rows found in the range
  // ("|| ''" keeps it out of the index condition), and an upload of units that have not reported
  // yet, coded apart from those that have, finds no row there at all.
  private static final String POSTGRESQL_ANY_STORED =
      "SELECT 1 FROM (SELECT min(x) AS lo, max(x) AS hi FROM unnest(CAST(? AS VARCHAR[])) AS x) AS r,"
          + " unnest(CAST(? AS INTEGER[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[])) AS k(y, i, b)"
          + " WHERE EXISTS (SELECT 1 FROM measurement m WHERE m.plan_code = ?"
          + " AND m.period_year = k.y AND m.indicator_code = k.i AND m.breakdown = k.b"
          + " AND m.unit_code BETWEEN r.lo AND r.hi"
          + " AND (m.unit_code || '') = ANY (CAST(? AS TEXT[]))) LIMIT 1";

  private static final String STANDARD =
      "MERGE INTO measurement t USING (VALUES ("
          + "CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(50)),"
          + " CAST(? AS VARCHAR(50)), CAST(? AS INTEGER), CAST(? AS VARCHAR(100)), CAST(? AS BIGINT),"
          + " CAST(? AS BIGINT), CAST(? AS NUMERIC(24, 6)), CAST(? AS VARCHAR(36)),"
          + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(200)))) AS s(plan_code,"
          + " indicator_code, unit_code, period_year, breakdown, numerator, denominator, amount,"
          + " upload_id, reported_at, reported_by)"
          + " ON t.plan_code = s.plan_code AND t.indicator_code = s.indicator_code"
          + " AND t.unit_code = s.unit_code AND t.period_year = s.period_year"
          + " AND t.breakdown = s.breakdown"
          + " WHEN MATCHED THEN UPDATE SET numerator = s.numerator, denominator = s.denominator,"
          + " amount = s.amount, upload_id = s.upload_id, reported_at = s.reported_at,"
          + " reported_by = s.reported_by, row_version = t.row_version + 1"
          + " WHEN NOT MATCHED THEN INSERT ("
          + COLUMNS
          + ") VALUES (s.plan_code,"
          + " s.indicator_code, s.unit_code, s.period_year, s.breakdown, s.numerator, s.denominator,"
          + " s.amount, s.upload_id, s.reported_at, s.reported_by, 1)";

  private MeasurementBatches() {}

  /**
   * The order of the primary key since V16 (plan, year, indicator, breakdown, unit; the plan is the
   * upload's; ADR 0054): rows sent in it land next to each other in the key's B-tree, page after
   * page, instead of all over it as a file's order (units, years, then indicators) would put them.
   */
  static final Comparator<Measurement> KEY_ORDER =
      Comparator.comparingInt(Measurement::year)
          .thenComparing(Measurement::indicatorCode)
          .thenComparing(Measurement::breakdown)
          .thenComparing(Measurement::unitCode);

  static void writePostgresql(Connection c, UploadRecord upload, List<Measurement> measurements)
      throws SQLException {
    List<Measurement> all = new ArrayList<>(measurements);
    all.sort(KEY_ORDER);
    boolean corrects = anyStored(c, upload.planCode(), all);
    String sql = corrects ? POSTGRESQL_UPSERT : POSTGRESQL_INSERT;
    try (PreparedStatement s = c.prepareStatement(sql);
        PreparedStatement revisions = corrects ? c.prepareStatement(POSTGRESQL_REVISIONS) : null) {
      s.setString(1, upload.planCode());
      s.setString(2, upload.id());
      s.setObject(3, upload.uploadedAt());
      s.setString(4, upload.uploadedBy());
      if (revisions != null) {
        revisions.setObject(1, upload.uploadedAt());
        revisions.setString(6, upload.planCode());
      }
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Measurement> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        int n = chunk.size();
        String[] indicators = new String[n];
        String[] units = new String[n];
        Integer[] years = new Integer[n];
        String[] breakdowns = new String[n];
        Long[] numerators = new Long[n];
        Long[] denominators = new Long[n];
        BigDecimal[] amounts = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          Measurement m = chunk.get(i);
          indicators[i] = m.indicatorCode();
          units[i] = m.unitCode();
          years[i] = m.year();
          breakdowns[i] = m.breakdown();
          if (m.quantity() instanceof Quantity.Ratio r) {
            numerators[i] = r.numerator();
            denominators[i] = r.denominator();
          } else {
            amounts[i] = ((Quantity.Amount) m.quantity()).amount();
          }
        }
        if (revisions != null) {
          revisions.setArray(2, c.createArrayOf("varchar", indicators));
          revisions.setArray(3, c.createArrayOf("varchar", units));
          revisions.setArray(4, c.createArrayOf("int4", years));
          revisions.setArray(5, c.createArrayOf("varchar", breakdowns));
          revisions.executeUpdate();
        }
        s.setArray(5, c.createArrayOf("varchar", indicators));
        s.setArray(6, c.createArrayOf("varchar", units));
        s.setArray(7, c.createArrayOf("int4", years));
        s.setArray(8, c.createArrayOf("varchar", breakdowns));
        s.setArray(9, c.createArrayOf("int8", numerators));
        s.setArray(10, c.createArrayOf("int8", denominators));
        s.setArray(11, c.createArrayOf("numeric", amounts));
        s.executeUpdate();
      }
    }
  }

  private static boolean anyStored(Connection c, String planCode, List<Measurement> all)
      throws SQLException {
    // the rows are in KEY_ORDER: a triple's rows are neighbours, so each triple is kept once
    List<Integer> years = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<String> breakdowns = new ArrayList<>();
    Set<String> units = new HashSet<>();
    Measurement previous = null;
    for (Measurement m : all) {
      if (previous == null
          || previous.year() != m.year()
          || !previous.indicatorCode().equals(m.indicatorCode())
          || !previous.breakdown().equals(m.breakdown())) {
        years.add(m.year());
        indicators.add(m.indicatorCode());
        breakdowns.add(m.breakdown());
      }
      units.add(m.unitCode());
      previous = m;
    }
    try (PreparedStatement s = c.prepareStatement(POSTGRESQL_ANY_STORED)) {
      Object[] codes = units.toArray();
      s.setArray(1, c.createArrayOf("varchar", codes));
      s.setArray(2, c.createArrayOf("int4", years.toArray()));
      s.setArray(3, c.createArrayOf("varchar", indicators.toArray()));
      s.setArray(4, c.createArrayOf("varchar", breakdowns.toArray()));
      s.setString(5, planCode);
      s.setArray(6, c.createArrayOf("varchar", codes));
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  static void mergeStandard(Connection c, UploadRecord upload, List<Measurement> all)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(STANDARD);
        PreparedStatement revisions = c.prepareStatement(STANDARD_REVISION)) {
      int pending = 0;
      for (Measurement m : all) {
        revisions.setObject(1, upload.uploadedAt());
        revisions.setString(2, upload.planCode());
        revisions.setString(3, m.indicatorCode());
        revisions.setString(4, m.unitCode());
        revisions.setInt(5, m.year());
        revisions.setString(6, m.breakdown());
        revisions.addBatch();
        s.setString(1, upload.planCode());
        s.setString(2, m.indicatorCode());
        s.setString(3, m.unitCode());
        s.setInt(4, m.year());
        s.setString(5, m.breakdown());
        if (m.quantity() instanceof Quantity.Ratio r) {
          s.setLong(6, r.numerator());
          s.setLong(7, r.denominator());
          s.setNull(8, Types.NUMERIC);
        } else {
          s.setNull(6, Types.BIGINT);
          s.setNull(7, Types.BIGINT);
          s.setBigDecimal(8, ((Quantity.Amount) m.quantity()).amount());
        }
        s.setString(9, upload.id());
        s.setObject(10, upload.uploadedAt());
        s.setString(11, upload.uploadedBy());
        s.addBatch();
        if (++pending == CHUNK) {
          revisions.executeBatch();
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        revisions.executeBatch();
        s.executeBatch();
      }
    }
  }
}
