package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;

/**
 * The history tables of V7 against a real database: every kind of record read back as stored,
 * diacritics intact; a file stored once per plan; a year rated once. H2 and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistoryRepositoryContract {

  private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

  private TestDatabase db;
  private JdbcHistoryRepository repository;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "plan-" + run;
  private final String ward = "w" + run;
  private final String body = "ubnd-" + run;
  private final String awardee = "can-bo-" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    repository = new JdbcHistoryRepository(db.dataSource);
    db.run(
        em -> {
          JpaUnitRepository units = new JpaUnitRepository();
          units.em = em;
          units.saveAll(
              List.of(OrgUnit.open(ward, "Phường Vĩnh Thanh", UnitLevel.COMMUNE, null, OPENED)));
          JpaParticipantRepository participants = new JpaParticipantRepository();
          participants.em = em;
          participants.add(
              plan, new Collective(body, "UBND phường Vĩnh Thanh", "WARD_COMMITTEES", ward));
          participants.add(plan, new Collective(awardee, "Tổ dân phố 3", "WARD_COMMITTEES", ward));
        });
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private HistoryImport history(String sha) {
    return new HistoryImport(
        UUID.randomUUID().toString(),
        plan,
        sha,
        "lịch-sử.csv",
        "text/csv",
        4,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
        "lan.officer");
  }

  @Test
  void readsBackEveryKindOfRecordAsStored() {
    ParticipantHistory stored =
        new ParticipantHistory(
            body,
            List.of(new YearRating(2023, TaskRating.EXCELLENT)),
            List.of(new TitleRecord(2023, "TTLDXS", "12/QĐ-UBND", null)),
            List.of(
                new Initiative(
                    "Số hóa hồ sơ một cửa", InitiativeLevel.GRASSROOTS, LocalDate.of(2023, 5, 20))),
            List.of(
                new AwardRecord(
                    "BK_TINH",
                    AwardType.MERIT,
                    "45/QĐ-UBND",
                    LocalDate.of(2024, 3, 12),
                    LocalDate.of(2025, 1, 2))),
            List.of());
    HistoryImport h = history("a".repeat(64));

    repository.store(h, List.of(stored));

    assertThat(repository.histories(plan, List.of(body))).containsExactly(stored);
    assertThat(repository.importBySha256(plan, h.sha256())).contains(h);
    assertThat(repository.findImport(plan, h.id())).contains(h);
    assertThat(repository.findImport("other-plan", h.id())).isEmpty();
  }

  @Test
  void aRevocationMarksOnlyTheAwardAndTitleOfItsDecision() {
    AwardRecord other =
        new AwardRecord(
            "GIAY_KHEN", AwardType.MOVEMENT, "9/QĐ-UBND", LocalDate.of(2025, 3, 1), null);
    AwardRecord annulled =
        new AwardRecord(
            "GIAY_KHEN", AwardType.MOVEMENT, "15/QĐ-UBND", LocalDate.of(2026, 3, 5), null);
    TitleRecord title = new TitleRecord(2025, "LAO_DONG_TIEN_TIEN", "15/QĐ-UBND", null);
    repository.store(
        history("d".repeat(64)),
        List.of(
            new ParticipantHistory(
                awardee,
                List.of(),
                List.of(title),
                List.of(),
                List.of(other, annulled),
                List.of())));
    LocalDate on = LocalDate.of(2026, 6, 1);
    ParticipantHistory revoked =
        new ParticipantHistory(
            awardee,
            List.of(),
            List.of(new TitleRecord(2025, "LAO_DONG_TIEN_TIEN", "15/QĐ-UBND", on)),
            List.of(),
            List.of(
                other,
                new AwardRecord(
                    "GIAY_KHEN", AwardType.MOVEMENT, "15/QĐ-UBND", LocalDate.of(2026, 3, 5), on)),
            List.of());

    assertThat(repository.markRevoked(plan, revoked)).isEqualTo(2);
    assertThat(repository.histories(plan, List.of(awardee))).containsExactly(revoked);
    assertThat(repository.markRevoked(plan, revoked)).isZero();
  }

  @Test
  void theSameFileIsStoredOncePerPlan() {
    HistoryImport first = history("b".repeat(64));
    repository.store(first, List.of());

    assertThatThrownBy(() -> repository.store(history("b".repeat(64)), List.of()))
        .isInstanceOf(HistoryRepository.StoredMeanwhile.class);
  }

  @Test
  void aYearIsRatedOnce() {
    ParticipantHistory rated =
        new ParticipantHistory(
            body,
            List.of(new YearRating(2019, TaskRating.GOOD)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    repository.store(history("c".repeat(64)), List.of(rated));

    assertThatThrownBy(() -> repository.store(history("d".repeat(64)), List.of(rated)))
        .isInstanceOf(HistoryRepository.StoredMeanwhile.class);
  }
}
