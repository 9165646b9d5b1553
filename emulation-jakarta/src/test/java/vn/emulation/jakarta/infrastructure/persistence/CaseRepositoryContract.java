package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;
import vn.emulation.jakarta.infrastructure.persistence.CaseRepository.CaseFilter;
import vn.emulation.jakarta.infrastructure.persistence.CaseRepository.StoredCase;
import vn.emulation.jakarta.infrastructure.persistence.CaseRepository.StoredTransition;

/**
 * The case tables of V10 against a real database: a case read back as stored with its transitions,
 * diacritics intact; a change on the version read appends its transitions; a change on a stale
 * version stores nothing; the list filtered by state and unit. H2 and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseRepositoryContract {

  private static final Instant OPENED = Instant.parse("2023-01-05T02:00:00.123Z");
  private static final Instant SENT = Instant.parse("2023-01-10T03:00:00.456Z");

  private TestDatabase db;
  private JdbcCaseRepository repository;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "plan-" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    repository = new JdbcCaseRepository(db.dataSource);
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private StoredCase draft(String id, String unit) {
    return new StoredCase(
        id, "registration", plan, unit, "DRAFT", 1, "lan.reporter", OPENED, "{\"a\":1}", List.of());
  }

  private static StoredCase moved(StoredCase c, String to, StoredTransition... added) {
    List<StoredTransition> all = new java.util.ArrayList<>(c.transitions());
    all.addAll(List.of(added));
    return new StoredCase(
        c.id(),
        c.kind(),
        c.planCode(),
        c.unitCode(),
        to,
        c.version() + added.length,
        c.openedBy(),
        c.openedAt(),
        "{\"a\":2,\"tên\":\"Phường Vĩnh Thanh\"}",
        all);
  }

  @Test
  void aChangeOnTheVersionReadIsStoredWithItsTransitionsAndReadsBack() {
    String id = "reg-" + run + "-1";
    repository.insert(draft(id, "w1"));
    StoredCase sent =
        moved(
            repository.find("registration", id).orElseThrow(),
            "SUBMITTED",
            new StoredTransition(1, "submit", "DRAFT", "SUBMITTED", "lan.reporter", SENT, null));
    repository.update(sent, 1);
    StoredCase returned =
        moved(
            sent,
            "RETURNED",
            new StoredTransition(
                2, "return", "SUBMITTED", "RETURNED", "hoa.officer", SENT, "Thiếu chữ ký số"));
    repository.update(returned, 2);

    StoredCase back = repository.find("registration", id).orElseThrow();

    assertThat(back.state()).isEqualTo("RETURNED");
    assertThat(back.version()).isEqualTo(3);
    assertThat(back.openedAt()).isEqualTo(OPENED);
    assertThat(back.body()).contains("Phường Vĩnh Thanh");
    assertThat(back.transitions())
        .extracting(StoredTransition::seq, StoredTransition::command, StoredTransition::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "submit", null),
            org.assertj.core.groups.Tuple.tuple(2, "return", "Thiếu chữ ký số"));
    assertThat(back.transitions().get(0).at()).isEqualTo(SENT);
  }

  @Test
  void aChangeOnAStaleVersionStoresNothing() {
    String id = "reg-" + run + "-2";
    repository.insert(draft(id, "w2"));
    StoredCase first =
        moved(
            draft(id, "w2"),
            "SUBMITTED",
            new StoredTransition(1, "submit", "DRAFT", "SUBMITTED", "a", SENT, null));
    repository.update(first, 1);
    StoredCase second =
        moved(
            draft(id, "w2"),
            "DRAFT",
            new StoredTransition(1, "amend", "DRAFT", "DRAFT", "b", SENT, null));

    assertThatThrownBy(() -> repository.update(second, 1))
        .isInstanceOf(ChangedMeanwhileException.class);
    StoredCase back = repository.find("registration", id).orElseThrow();
    assertThat(back.state()).isEqualTo("SUBMITTED");
    assertThat(back.transitions()).extracting(StoredTransition::actor).containsExactly("a");
  }

  @Test
  void theListKeepsTheStateAndUnitsAsked() {
    repository.insert(draft("reg-" + run + "-3", "w3"));
    repository.insert(draft("reg-" + run + "-4", "w4"));

    assertThat(repository.list("registration", plan, new CaseFilter("DRAFT", List.of("w3", "w4"))))
        .extracting(StoredCase::unitCode)
        .containsExactly("w3", "w4");
    assertThat(repository.list("registration", plan, new CaseFilter(null, List.of("w4"))))
        .extracting(StoredCase::id)
        .containsExactly("reg-" + run + "-4");
    assertThat(repository.list("registration", plan, new CaseFilter("ACCEPTED", null))).isEmpty();
    assertThat(repository.list("registration", plan, new CaseFilter(null, List.of()))).isEmpty();
    assertThat(repository.find("nomination", "reg-" + run + "-3")).isEmpty();
  }
}
