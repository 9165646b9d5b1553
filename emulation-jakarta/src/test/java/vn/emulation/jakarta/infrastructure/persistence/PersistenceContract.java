package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.format.plan.PlanJsonReader;
import vn.emulation.jakarta.format.plan.PlanJsonWriter;

/**
 * The persistence layer against a real database: the Flyway schema, the JPA mappings of EclipseLink
 * (the provider Liberty runs) and the repositories, with Vietnamese text, constraints and
 * optimistic locking. Run on H2 and on PostgreSQL by the two subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

  private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  TestDatabase db;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private JpaUnitRepository units(EntityManager em) {
    JpaUnitRepository r = new JpaUnitRepository();
    r.em = em;
    return r;
  }

  @Test
  void migrationsAreCurrent() {
    var info =
        Flyway.configure()
            .dataSource(db.dataSource)
            .locations(DatabaseMigrator.LOCATION)
            .javaMigrations(DatabaseMigrator.javaMigrations())
            .callbackLocations(DatabaseMigrator.LOCATION)
            .load()
            .info();
    assertThat(info.pending()).isEmpty();
    assertThat(info.applied()).isNotEmpty();
  }

  @Test
  void planDocumentRoundTripsWithItsDiacritics() {
    Plan plan =
        new PlanJsonReader().read(getClass().getResourceAsStream("/plans/rach-gia-2022-2025.json"));
    String document = new PlanJsonWriter().write(plan);
    db.run(
        em -> {
          JpaPlanRepository r = new JpaPlanRepository();
          r.em = em;
          r.clock = java.time.Clock.systemUTC();
          r.add(plan, document, "x".repeat(64));
        });

    String back =
        db.inTransaction(
            em -> {
              JpaPlanRepository r = new JpaPlanRepository();
              r.em = em;
              return r.document(plan.code(), 1).orElseThrow();
            });
    assertThat(back).isEqualTo(document).contains("Rạch Giá thực hiện chương trình Chuyển đổi số");
    assertThat(new PlanJsonReader().read(back).targets()).hasSize(54);
  }

  @Test
  void aVersionArrivesADraftAndKeepsTheStatusAndDaysItIsGiven() throws Exception {
    String code = fresh("p-");
    String json;
    try (var in = getClass().getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      json =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("\"rach-gia-2022-2025\"", "\"" + code + "\"");
    }
    Plan plan = new PlanJsonReader().read(json);
    LocalDate from = LocalDate.of(2022, 12, 1);
    PlanVersions stored =
        db.inTransaction(
            em -> {
              JpaPlanRepository r = new JpaPlanRepository();
              r.em = em;
              r.clock = java.time.Clock.systemUTC();
              r.add(plan, new PlanJsonWriter().write(plan), "x".repeat(64));
              PlanVersions drafted = r.statusesForUpdate(code);
              r.saveStatuses(drafted.bringIntoForce(1, from));
              return drafted;
            });

    PlanVersions back =
        db.inTransaction(
            em -> {
              JpaPlanRepository r = new JpaPlanRepository();
              r.em = em;
              return r.statuses(code);
            });
    assertThat(stored.versions()).containsExactly(PlanVersion.draft(1));
    assertThat(back.versions())
        .containsExactly(new PlanVersion(1, PlanStatus.IN_FORCE, from, null));
  }

  @Test
  void theDatabaseRefusesAVersionInForceWithoutItsFirstDay() {
    String sql =
        "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
            + " first_year, last_year, document, sha256, imported_at, row_version) VALUES ('"
            + UUID.randomUUID()
            + "', '"
            + fresh("p-")
            + "', 1, 't', 't', 'IN_FORCE', 2022, 2025, '{}', 'h', CURRENT_TIMESTAMP, 1)";

    assertThatThrownBy(() -> sql(sql)).isInstanceOf(SQLException.class);
  }

  @Test
  void theSamePlanVersionCannotBeStoredTwice() throws SQLException {
    String code = fresh("p-");
    String sql =
        "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
            + " in_force_from, first_year, last_year, document, sha256, imported_at, row_version)"
            + " VALUES ('%s', '"
            + code
            + "', 1, 't', 't', 'IN_FORCE', DATE '2022-01-01', 2022, 2025, '{}', 'h',"
            + " CURRENT_TIMESTAMP, 1)";
    sql(String.format(sql, UUID.randomUUID()));

    assertThatThrownBy(() -> sql(String.format(sql, UUID.randomUUID())))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aMergerIsStoredWithItsHistory() {
    String city = fresh("C");
    String w1 = fresh("W");
    String w2 = fresh("W");
    String merged = fresh("M");
    OrgHierarchy before =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open(city, "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
                OrgUnit.open(w1, "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, city, OPENED),
                OrgUnit.open(w2, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, city, OPENED)));
    db.run(em -> units(em).saveAll(before.all()));
    OrgHierarchy after =
        before.merge(
            Set.of(w1, w2),
            OrgUnit.open(merged, "Phường Rạch Giá", UnitLevel.COMMUNE, city, REFORM),
            REFORM);
    db.run(em -> units(em).saveAll(after.all()));

    OrgHierarchy stored = db.inTransaction(em -> units(em).hierarchy());
    assertThat(stored.get(w1)).isEqualTo(after.get(w1));
    assertThat(stored.get(w1).closedOn()).isEqualTo(REFORM);
    assertThat(stored.get(w1).successorCodes()).containsExactly(merged);
    assertThat(stored.predecessorsOf(merged))
        .extracting(OrgUnit::code)
        .containsExactlyInAnyOrder(w1, w2);
    assertThat(stored.get(merged).nameOn(REFORM)).hasValue("Phường Rạch Giá");
    for (OrgUnit u : after.all()) {
      assertThat(stored.get(u.code())).isEqualTo(u);
      assertThat(db.inTransaction(em -> units(em).find(u.code())).orElseThrow()).isEqualTo(u);
    }
  }

  @Test
  void aRenameKeepsTheOldNameForTheOldDates() {
    String ward = fresh("W");
    OrgUnit u = OrgUnit.open(ward, "Phường Vĩnh Thanh", UnitLevel.COMMUNE, null, OPENED);
    db.run(em -> units(em).saveAll(List.of(u)));
    db.run(em -> units(em).saveAll(List.of(u.moveOn(REFORM, "Phường Vĩnh Thanh Mới", null))));

    OrgUnit stored = db.inTransaction(em -> units(em).find(ward).orElseThrow());
    assertThat(stored.nameOn(REFORM.minusDays(1))).hasValue("Phường Vĩnh Thanh");
    assertThat(stored.nameOn(REFORM)).hasValue("Phường Vĩnh Thanh Mới");
    // the whole hierarchy is read as columns, apart from find's entity: the same unit either way
    OrgHierarchy whole = db.inTransaction(em -> units(em).hierarchy());
    assertThat(whole.get(ward)).isEqualTo(stored);
    assertThat(whole.get(ward).placements()).hasSize(2);
  }

  @Test
  void aCorrectionReplacesTheValueAndReportsStayWithTheirUnit() {
    String plan = fresh("plan-");
    String ward = fresh("W");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(OrgUnit.open(ward, "Phường An Hòa", UnitLevel.COMMUNE, null, OPENED))));
    db.run(
        em -> {
          JpaMeasurementRepository r = measurements(em);
          assertThat(r.put(plan, Measurement.ratio("G2", ward, 2023, 50, 100), null)).isTrue();
          r.put(plan, Measurement.amount("E1", ward, 2023, new BigDecimal("20.5")), null);
        });
    db.run(
        em ->
            assertThat(
                    measurements(em).put(plan, Measurement.ratio("G2", ward, 2023, 61, 100), null))
                .isFalse());

    MeasurementSet all = db.inTransaction(em -> measurements(em).all(plan));
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.find("G2", ward, 2023, "").orElseThrow().quantity())
        .isEqualTo(new Quantity.Ratio(61, 100));
    assertThat(all.find("E1", ward, 2023, "").orElseThrow().quantity())
        .isEqualTo(new Quantity.Amount(new BigDecimal("20.5")));
  }

  @Test
  void aQuestionReadsItsYearsOverallFiguresAndEveryBreakdownOfItsEachBreakdownIndicators() {
    String plan = fresh("plan-");
    String ward = fresh("W");
    String other = fresh("W");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(
                        OrgUnit.open(ward, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, null, OPENED),
                        OrgUnit.open(other, "Phường An Hòa", UnitLevel.COMMUNE, null, OPENED))));
    List<Measurement> stored =
        List.of(
            Measurement.ratio("G2", other, 2024, 7, 10),
            new Measurement("E2", other, 2024, "dich-vu", new Quantity.Ratio(2, 4)),
            Measurement.ratio("G2", ward, 2024, 50, 100),
            new Measurement("G2", ward, 2024, "thon-001", new Quantity.Ratio(20, 40)),
            Measurement.ratio("G2", ward, 2023, 40, 100),
            Measurement.ratio("E2", ward, 2024, 9, 10),
            new Measurement("E2", ward, 2024, "dich-vu", new Quantity.Ratio(3, 4)),
            new Measurement("E2", ward, 2023, "dich-vu", new Quantity.Ratio(1, 4)));
    db.run(em -> stored.forEach(m -> measurements(em).put(plan, m, null)));
    MeasurementSet all = db.inTransaction(em -> measurements(em).all(plan));

    for (FigureScope scope :
        List.of(
            new FigureScope(2024, Set.of("E2")),
            new FigureScope(2024, Set.of()),
            new FigureScope(2023, Set.of("E2", "G2")),
            // a question about one unit: only the units its figure is made of
            new FigureScope(2024, Set.of("E2"), Set.of(ward)),
            new FigureScope(2024, Set.of("E2"), Set.of(other)),
            new FigureScope(2024, Set.of(), Set.of(ward, other)),
            new FigureScope(2024, Set.of(), Set.of()),
            // naming the indicators of the milestone's targets (FigureScope.of, ADR 0054)
            new FigureScope(2024, Set.of("E2"), null, Set.of("G2", "E2")),
            new FigureScope(2024, Set.of("E2"), null, Set.of("E2")),
            new FigureScope(2024, Set.of(), null, Set.of("E2")),
            new FigureScope(2024, Set.of("E2"), Set.of(ward), Set.of("G2", "E2")),
            new FigureScope(2024, Set.of(), Set.of(ward, other), Set.of("G2")),
            new FigureScope(2024, Set.of(), null, Set.of()))) {
      MeasurementSet read = db.inTransaction(em -> measurements(em).within(plan, scope));
      List<Measurement> expected = stored.stream().filter(scope::reads).toList();
      assertThat(read.size()).as("%s", scope).isEqualTo(expected.size());
      expected.forEach(
          m ->
              assertThat(read.find(m.indicatorCode(), m.unitCode(), m.year(), m.breakdown()))
                  .isPresent()
                  .isEqualTo(all.find(m.indicatorCode(), m.unitCode(), m.year(), m.breakdown())));
    }
  }

  @Test
  void theDatabaseRefusesANumeratorAboveItsDenominator() {
    String ward = fresh("W");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(
                        OrgUnit.open(ward, "Phường An Bình", UnitLevel.COMMUNE, null, OPENED))));

    assertThatThrownBy(
            () ->
                sql(
                    "INSERT INTO measurement (plan_code, indicator_code,"
                        + " unit_code, period_year, breakdown, numerator, denominator, reported_at, row_version)"
                        + " VALUES ('p', 'G2', '"
                        + ward
                        + "', 2023, '', 11, 10,"
                        + " CURRENT_TIMESTAMP, 1)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void participantsPageByNameAndFilter() {
    String plan = fresh("plan-");
    String ward = fresh("W");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(
                        OrgUnit.open(ward, "Phường Rạch Sỏi", UnitLevel.COMMUNE, null, OPENED))));
    db.run(
        em -> {
          JpaParticipantRepository r = participants(em);
          r.add(plan, new Individual(fresh("i"), "Nguyễn Thị Hồng Linh", "OFFICIAL", ward));
          r.add(plan, new Individual(fresh("i"), "Trần Văn Ân", "OFFICIAL", ward));
          r.add(plan, new Collective(fresh("c"), "UBND phường Rạch Sỏi", "WARD_COMMITTEE", ward));
        });

    Page<?> officials =
        db.inTransaction(
            em -> participants(em).page(plan, "OFFICIAL", null, PageRequest.of(0, 1, 10)));
    assertThat(officials.total()).isEqualTo(2);
    assertThat(officials.items()).hasSize(1);
    List<vn.emulation.core.participant.Participant> all =
        db.inTransaction(em -> participants(em).all(plan));
    assertThat(all)
        .extracting(p -> p.name())
        .contains("Nguyễn Thị Hồng Linh", "UBND phường Rạch Sỏi");
    // read as columns (ADR 0043's job reads them all): the kind still decides the core's type
    assertThat(all)
        .filteredOn(p -> p.name().startsWith("UBND"))
        .singleElement()
        .isInstanceOf(Collective.class)
        .satisfies(p -> assertThat(p.unitCode()).isEqualTo(ward));
    assertThat(all).filteredOn(p -> p instanceof Individual).hasSize(2);
    assertThat(all).extracting(p -> p.id()).isSorted();
    java.util.Map<String, Long> counts = db.inTransaction(em -> participants(em).countByUnit(plan));
    assertThat(counts).isEqualTo(java.util.Map.of(ward, 3L));
    String noPlan = fresh("no-plan-");
    java.util.Map<String, Long> none = db.inTransaction(em -> participants(em).countByUnit(noPlan));
    assertThat(none).isEmpty();
  }

  @Test
  void evidenceRoundTrips() {
    String plan = fresh("plan-");
    String ward = fresh("W");
    String id = fresh("c");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(
                        OrgUnit.open(ward, "Phường Vĩnh Lợi", UnitLevel.COMMUNE, null, OPENED))));
    db.run(
        em -> {
          participants(em).add(plan, new Collective(id, "Công ty Cổ phần Số", "ENTERPRISE", ward));
          JpaEvidenceRepository r = evidence(em);
          r.answer(id, "FINAL-2025", "GEN-POLICY", Answer.YES, "BC-2025-015");
          r.count(id, "FINAL-2025", "recognisedInitiatives", 2);
          r.amount(id, "FINAL-2025", "contributionVnd", 150_000_000L);
          r.register(id, plan, LocalDate.of(2023, 1, 15));
        });

    ParticipantFacts facts = db.inTransaction(em -> evidence(em).facts(plan, "FINAL-2025", id));
    assertThat(facts.declarations().get("GEN-POLICY"))
        .isEqualTo(new ParticipantFacts.Declaration(Answer.YES, "BC-2025-015"));
    assertThat(facts.counts()).containsEntry("recognisedInitiatives", 2);
    assertThat(facts.amounts()).containsEntry("contributionVnd", 150_000_000L);
    assertThat(facts.registeredOn()).isEqualTo(LocalDate.of(2023, 1, 15));
    java.util.Map<String, ParticipantFacts> byId =
        db.inTransaction(em -> evidence(em).facts(plan, "FINAL-2025"));
    assertThat(byId).containsKey(id);
  }

  @Test
  void aConcurrentEditIsRefused() {
    String ward = fresh("W");
    db.run(
        em ->
            units(em)
                .saveAll(
                    List.of(
                        OrgUnit.open(ward, "Phường Vĩnh Bảo", UnitLevel.COMMUNE, null, OPENED))));
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      OrgUnitEntity a = first.find(OrgUnitEntity.class, ward);
      OrgUnitEntity b = second.find(OrgUnitEntity.class, ward);
      a.closedOn = REFORM;
      first.getTransaction().commit();
      b.closedOn = REFORM.plusDays(1);

      assertThatThrownBy(() -> second.getTransaction().commit())
          .isInstanceOfAny(
              RollbackException.class, OptimisticLockException.class, PersistenceException.class)
          .satisfies(
              e ->
                  assertThat(rootCauses(e))
                      .anyMatch(
                          c ->
                              c instanceof OptimisticLockException
                                  || c.getClass().getSimpleName().contains("OptimisticLock")));
    } finally {
      first.close();
      second.close();
    }
  }

  private static List<Throwable> rootCauses(Throwable e) {
    List<Throwable> all = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && all.size() < 10; t = t.getCause()) {
      all.add(t);
    }
    return all;
  }

  private JpaMeasurementRepository measurements(EntityManager em) {
    JpaMeasurementRepository r = new JpaMeasurementRepository();
    r.em = em;
    r.clock = java.time.Clock.systemUTC();
    return r;
  }

  private JpaParticipantRepository participants(EntityManager em) {
    JpaParticipantRepository r = new JpaParticipantRepository();
    r.em = em;
    return r;
  }

  private JpaEvidenceRepository evidence(EntityManager em) {
    JpaEvidenceRepository r = new JpaEvidenceRepository();
    r.em = em;
    return r;
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
