package vn.emulation.jakarta.application.participant.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.HistoryLineage;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.format.upload.HistoryFile;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryHistoryRepository;
import vn.emulation.jakarta.testing.InMemoryUnitRepository;

/**
 * Importing earlier years' history of the Rạch Giá plan's participants on the in-memory stores, and
 * reading it back through a merged ward's lineage.
 */
class HistoryUseCasesTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String HEADER = HistoryColumn.headerLine(",");
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final String MERGED = "30999";

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final InMemoryHistoryRepository histories = new InMemoryHistoryRepository();
  private final InMemoryUnitRepository merged =
      InMemoryUnitRepository.of(
          OrgHierarchy.of(city.units.hierarchy().all())
              .merge(
                  Set.of(InMemoryCity.WARD, InMemoryCity.OTHER_WARD),
                  OrgUnit.open(
                      MERGED, "Phường Rạch Giá", UnitLevel.COMMUNE, InMemoryCity.CITY, MERGER),
                  MERGER)
              .all()
              .stream()
              .toList());
  private final HistoryImports imports = imports();
  private final ParticipantHistories reads = reads();

  HistoryUseCasesTest() {
    city.participants.add(
        PLAN,
        new Collective(
            "ward-a", "UBND phường Vĩnh Thanh Vân", "WARD_COMMITTEES", InMemoryCity.WARD));
    city.participants.add(
        PLAN, new Collective("ward-new", "UBND phường Rạch Giá", "WARD_COMMITTEES", MERGED));
    city.participants.add(
        PLAN, new Individual("official-1", "Nguyễn Thị Hồng", "OFFICIALS", InMemoryCity.WARD));
  }

  private HistoryImports imports() {
    HistoryImports u = new HistoryImports();
    u.plans = plans;
    u.participants = city.participants;
    u.histories = histories;
    u.scopes = Scopes.of(city);
    u.callers = city.callers;
    u.audit = city.audit;
    u.clock = InMemoryCity.CLOCK;
    return u;
  }

  private ParticipantHistories reads() {
    ParticipantHistories r = new ParticipantHistories();
    r.plans = plans;
    r.participants = city.participants;
    r.histories = histories;
    r.units = merged;
    r.scopes = Scopes.of(city);
    r.settings = city.settings;
    r.clock = InMemoryCity.CLOCK;
    return r;
  }

  private static HistoryFileUpload csv(String... rows) {
    String text = HEADER + "\n" + String.join("\n", rows) + "\n";
    return new HistoryFile()
        .uploaded(
            UploadContent.of(text.getBytes(StandardCharsets.UTF_8)), "lich-su.csv", "text/csv");
  }

  private static final String GOOD_RATING = "official-1,rating,2023,GOOD,,,,,";
  private static final String AWARD = "ward-a,award,,BK_TINH,MERIT,,45/QĐ-UBND,12/03/2024,";
  private static final String INITIATIVE =
      "official-1,initiative,,GRASSROOTS,,Số hóa hồ sơ một cửa,,2023-05-20,";

  @Test
  void aFileWithThreeBadRowsListsAllThreeAndStoresNothing() {
    HistoryFileUpload file =
        csv(
            GOOD_RATING,
            "nobody,rating,2023,GOOD,,,,,",
            "official-1,title,20x4,LDTT,,,,,",
            "ward-a,award,,BK_TINH,MERIT,,45/QĐ-UBND,31/02/2024,",
            AWARD);

    assertThatThrownBy(() -> imports.importFile(PLAN, file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("rows[3].participant", "rows[4].year", "rows[5].date"));
    assertThat(histories.imports()).isEmpty();
    assertThat(histories.histories(PLAN, List.of("official-1", "ward-a"))).isEmpty();
    assertThat(city.auditedActions()).doesNotContain("history.import");
  }

  @Test
  void theSameFileTwiceIsStoredOnce() {
    HistoryImports.Imported first = imports.importFile(PLAN, csv(GOOD_RATING, AWARD, INITIATIVE));
    HistoryImports.Imported again = imports.importFile(PLAN, csv(GOOD_RATING, AWARD, INITIATIVE));

    assertThat(first.created()).isTrue();
    assertThat(first.history().rowCount()).isEqualTo(3);
    assertThat(again.created()).isFalse();
    assertThat(again.history()).isEqualTo(first.history());
    assertThat(histories.imports()).hasSize(1);
    assertThat(histories.histories(PLAN, List.of("official-1")).get(0).ratings()).hasSize(1);
    assertThat(city.auditedActions()).containsOnlyOnce("history.import");
    assertThat(city.auditLog.entries().get(city.auditLog.entries().size() - 1).target())
        .isEqualTo("plans/" + PLAN + "/participants/history/uploads/" + first.history().id());
  }

  @Test
  void aYearRatedBeforeOrTwiceInTheFileIsRefusedAtItsRow() {
    imports.importFile(PLAN, csv(GOOD_RATING));

    assertThatThrownBy(
            () ->
                imports.importFile(
                    PLAN,
                    csv(
                        "official-1,rating,2023,EXCELLENT,,,,,",
                        "official-1,rating,2022,GOOD,,,,,",
                        "official-1,rating,2022,GOOD,,,,,")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("rows[2].year", "rows[4].year"));
  }

  @Test
  void aReporterMayNotImport() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThatThrownBy(() -> imports.importFile(PLAN, csv(GOOD_RATING)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(histories.imports()).isEmpty();
  }

  @Test
  void theMergedWardsBodyShowsItsPredecessorsAwardSayingWhereItCameFrom() {
    imports.importFile(PLAN, csv(AWARD, "ward-new,rating,2025,GOOD,,,,,"));

    ParticipantHistories.Read read = reads.read(PLAN, "ward-new");

    assertThat(read.lineage().awards())
        .containsExactly(
            new HistoryLineage.Sourced<>(
                new AwardRecord(
                    "BK_TINH", AwardType.MERIT, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), null),
                new HistoryLineage.Source("ward-a", InMemoryCity.WARD, false)));
    assertThat(read.lineage().ratings()).extracting(s -> s.source().own()).containsExactly(true);
    assertThat(reads.read(PLAN, "official-1").lineage().awards()).isEmpty();
  }
}
