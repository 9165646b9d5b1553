package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;
import vn.emulation.jakarta.application.measurement.UploadRecord;

/**
 * The bulk writer and the queries over what it wrote, against a real database: new keys inserted,
 * known keys corrected in place, chunks larger than one statement, a file stored only once per
 * plan. Run on H2 and PostgreSQL by the two subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeasurementWriterContract {

  private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

  TestDatabase db;
  private JdbcMeasurementWriter writer;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String ward = "w" + run;
  private final String other = "o" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    writer = new JdbcMeasurementWriter(db.dataSource);
    db.run(
        em -> {
          JpaUnitRepository units = new JpaUnitRepository();
          units.em = em;
          units.saveAll(
              List.of(
                  OrgUnit.open(ward, "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, null, OPENED),
                  OrgUnit.open(other, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, null, OPENED)));
        });
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static UploadRecord upload(String plan, String sha, int rows) {
    return new UploadRecord(
        UUID.randomUUID().toString(),
        plan,
        sha,
        "bao-cao.csv",
        "text/csv",
        rows,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
  }

  private static String sha(char c) {
    return String.valueOf(c).repeat(64);
  }

  @Test
  void storesNewValuesAndCorrectsKnownKeysInPlace() throws SQLException {
    String plan = "p-" + run + "-a";
    UploadRecord first = upload(plan, sha('a'), 3);
    writer.store(
        first,
        List.of(
            Measurement.ratio("G2", ward, 2023, 50, 100),
            new Measurement(
                "E2", ward, 2023, "Nông nghiệp", new Quantity.Amount(new BigDecimal("12.5"))),
            Measurement.ratio("G2", other, 2023, 1, 2)));

    UploadRecord second = upload(plan, sha('b'), 2);
    writer.store(
        second,
        List.of(
            Measurement.ratio("G2", ward, 2023, 61, 100),
            Measurement.ratio("G3", ward, 2024, 0, 0)));

    JpaMeasurementRepository repo = repository();
    List<Measurement> stored =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.page(plan, null, null, null, PageRequest.of(0, 10, 10)).items().stream()
                  .map(StoredMeasurement::measurement)
                  .toList();
            });
    // listed in the primary key's order: year, indicator, breakdown, unit (V16)
    assertThat(stored)
        .containsExactly(
            new Measurement(
                "E2", ward, 2023, "Nông nghiệp", new Quantity.Amount(new BigDecimal("12.5"))),
            Measurement.ratio("G2", other, 2023, 1, 2),
            Measurement.ratio("G2", ward, 2023, 61, 100),
            Measurement.ratio("G3", ward, 2024, 0, 0));
    // corrected in place: still one row for the key (its primary key since V9), version 2
    assertThat(rowsOf(plan, "G2", ward)).isEqualTo("1");
    assertThat(versionOf(plan, "G2", ward)).isEqualTo(2);
    StoredMeasurement corrected =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.find(plan, "G2", ward, 2023, "").orElseThrow();
            });
    assertThat(corrected.uploadId()).isEqualTo(second.id());
    assertThat(corrected.reportedAt().toInstant()).isEqualTo(second.uploadedAt().toInstant());
  }

  @Test
  void aUnitThatHasReportedBetweenTheUploadsUnitsIsNeitherACorrectionNorMissed()
      throws SQLException {
    // the look-up before a write reads the range of the upload's units (ADR 0054): a unit inside it
    // with the same key must not make the upload a correction of it, and must not hide one
    String plan = "p-" + run + "-r";
    String first = "a" + run;
    writer.store(upload(plan, sha('r'), 1), List.of(Measurement.ratio("G2", other, 2023, 1, 2)));

    writer.store(
        upload(plan, sha('s'), 2),
        List.of(
            Measurement.ratio("G2", first, 2023, 3, 4), Measurement.ratio("G2", ward, 2023, 5, 6)));
    writer.store(
        upload(plan, sha('t'), 3),
        List.of(
            Measurement.ratio("G2", first, 2023, 7, 8),
            Measurement.ratio("G2", other, 2023, 9, 10),
            Measurement.ratio("G2", ward, 2023, 11, 12)));

    assertThat(versionOf(plan, "G2", other)).isEqualTo(2);
    assertThat(versionOf(plan, "G2", first)).isEqualTo(2);
    assertThat(versionOf(plan, "G2", ward)).isEqualTo(2);
    assertThat(rowsOf(plan, "G2", other)).isEqualTo("1");
    JpaMeasurementRepository repo = repository();
    Measurement corrected =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.find(plan, "G2", other, 2023, "").orElseThrow().measurement();
            });
    assertThat(corrected).isEqualTo(Measurement.ratio("G2", other, 2023, 9, 10));
  }

  @Test
  void theSameFileIsStoredOncePerPlan() {
    String plan = "p-" + run + "-b";
    writer.store(upload(plan, sha('c'), 1), List.of(Measurement.ratio("G2", ward, 2022, 1, 2)));

    assertThatThrownBy(
            () ->
                writer.store(
                    upload(plan, sha('c'), 1), List.of(Measurement.ratio("G2", ward, 2023, 1, 2))))
        .isInstanceOf(JdbcMeasurementWriter.StoredMeanwhile.class);
    writer.store(
        upload(plan + "-other", sha('c'), 1), List.of(Measurement.ratio("G2", ward, 2022, 1, 2)));
  }

  @Test
  void writesMoreRowsThanOneStatementTakesAndFindsThemByUploadAndPage() {
    String plan = "p-" + run + "-c";
    List<Measurement> many = new ArrayList<>();
    for (int i = 0; i < MeasurementBatches.CHUNK * 2 + 7; i++) {
      many.add(
          new Measurement(
              "G" + (i % 10 + 1),
              i % 2 == 0 ? ward : other,
              2022 + i % 4,
              "b" + i,
              new Quantity.Ratio(i % 5, 5)));
    }
    UploadRecord upload = upload(plan, sha('d'), many.size());
    writer.store(upload, many);

    JpaMeasurementRepository repo = repository();
    Page<StoredMeasurement> page =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.page(
                  plan, java.util.Set.of(ward), "G1", 2022, PageRequest.of(1, 10, 100));
            });
    assertThat(page.total())
        .isEqualTo(
            many.stream()
                .filter(
                    m ->
                        m.unitCode().equals(ward)
                            && m.indicatorCode().equals("G1")
                            && m.year() == 2022)
                .count());
    assertThat(page.items())
        .hasSize(10)
        .allSatisfy(
            s -> {
              assertThat(s.measurement().unitCode()).isEqualTo(ward);
              assertThat(s.uploadId()).isEqualTo(upload.id());
            });
    long count =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.count(plan);
            });
    assertThat(count).isEqualTo(many.size());
    UploadRecord found =
        db.inTransaction(
            em -> {
              JpaUploadRepository uploads = new JpaUploadRepository();
              uploads.em = em;
              return uploads.bySha256(plan, sha('d')).orElseThrow();
            });
    assertThat(found).usingRecursiveComparison().ignoringFields("uploadedAt").isEqualTo(upload);
    assertThat(found.uploadedAt().toInstant()).isEqualTo(upload.uploadedAt().toInstant());
  }

  @Test
  void aCorrectionByUploadOrByReportKeepsTheValueItReplacedWithWhoAndWhen() {
    String plan = "p-" + run + "-r";
    UploadRecord first =
        new UploadRecord(
            UUID.randomUUID().toString(),
            plan,
            sha('e'),
            "a.csv",
            "text/csv",
            1,
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
            "tram.reporter");
    writer.store(first, List.of(Measurement.ratio("G2", ward, 2024, 50, 100)));
    JpaMeasurementRepository repo = repository();
    List<StoredMeasurement> none =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.superseded(plan, "G2", ward, 2024, "");
            });
    assertThat(none).isEmpty();

    UploadRecord second =
        new UploadRecord(
            UUID.randomUUID().toString(),
            plan,
            sha('f'),
            "b.csv",
            "text/csv",
            1,
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
            "lan.officer");
    writer.store(second, List.of(Measurement.ratio("G2", ward, 2024, 61, 100)));
    db.run(
        em -> {
          repo.em = em;
          repo.put(plan, Measurement.ratio("G2", ward, 2024, 70, 100), null, "tram.reporter");
        });

    List<StoredMeasurement> earlier =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.superseded(plan, "G2", ward, 2024, "");
            });
    StoredMeasurement now =
        db.inTransaction(
            em -> {
              repo.em = em;
              return repo.find(plan, "G2", ward, 2024, "").orElseThrow();
            });
    assertThat(earlier)
        .extracting(StoredMeasurement::measurement)
        .containsExactly(
            Measurement.ratio("G2", ward, 2024, 61, 100),
            Measurement.ratio("G2", ward, 2024, 50, 100));
    assertThat(earlier).extracting(StoredMeasurement::version).containsExactly(2, 1);
    assertThat(earlier)
        .extracting(StoredMeasurement::reportedBy)
        .containsExactly("lan.officer", "tram.reporter");
    assertThat(earlier)
        .extracting(StoredMeasurement::uploadId)
        .containsExactly(second.id(), first.id());
    assertThat(now.version()).isEqualTo(3);
    assertThat(now.reportedBy()).isEqualTo("tram.reporter");
    assertThat(now.uploadId()).isNull();
  }

  private JpaMeasurementRepository repository() {
    JpaMeasurementRepository r = new JpaMeasurementRepository();
    r.clock = java.time.Clock.systemUTC();
    return r;
  }

  private String rowsOf(String plan, String indicator, String unit) throws SQLException {
    return column("count(*)", plan, indicator, unit);
  }

  private int versionOf(String plan, String indicator, String unit) throws SQLException {
    return Integer.parseInt(column("row_version", plan, indicator, unit));
  }

  private String column(String name, String plan, String indicator, String unit)
      throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + name
                    + " FROM measurement"
                    + " WHERE plan_code = ? AND indicator_code = ? AND unit_code = ?")) {
      s.setString(1, plan);
      s.setString(2, indicator);
      s.setString(3, unit);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }
}
