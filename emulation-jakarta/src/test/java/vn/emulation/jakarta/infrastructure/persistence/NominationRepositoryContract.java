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
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.NominationState;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;
import vn.emulation.jakarta.application.procedure.NominationRepository.NominationFilter;
import vn.emulation.jakarta.application.procedure.StoredNomination;

/**
 * Nominations on the case tables of V10 against a real database: stored, changed on the version
 * read and read back field for field (Vietnamese file names intact); a change on a stale version
 * stores nothing; the list narrowed by state, unit, occasion, form and participant. H2 and
 * PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NominationRepositoryContract {

  private static final Instant OPENED = Instant.parse("2026-02-09T02:00:00.123Z");

  private TestDatabase db;
  private JdbcNominationRepository repository;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "plan-" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    repository = new JdbcNominationRepository(new JdbcCaseRepository(db.dataSource));
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private StoredNomination opened(String id, String participant) {
    return new StoredNomination(
        plan, NominationCasesTest.draft(id, participant), "lan.reporter", OPENED);
  }

  @Test
  void aNominationChangedOnTheVersionReadReadsBackAsItWas() {
    String id = "nom-" + run + "-1";
    StoredNomination draft = opened(id, "can-bo-1");
    repository.insert(draft);
    Nomination returned = NominationCasesTest.returned(id, "can-bo-1");
    repository.update(draft.with(returned), 1);

    StoredNomination back = repository.find(id).orElseThrow();

    assertThat(back.planCode()).isEqualTo(plan);
    assertThat(back.openedAt()).isEqualTo(OPENED);
    assertThat(back.nomination().state()).isEqualTo(NominationState.RETURNED);
    assertThat(back.nomination().log()).isEqualTo(returned.log());
    assertThat(back.nomination().dossier()).isEqualTo(returned.dossier());
    assertThat(back.nomination().dossier().documents().get(0).files().get(0).name())
        .isEqualTo("Tờ trình đề nghị khen thưởng.pdf");
    assertThat(back.nomination().verdict()).isEqualTo(returned.verdict());
    assertThat(back.nomination().appraisals()).isEqualTo(returned.appraisals());
  }

  @Test
  void aChangeOnAStaleVersionStoresNothing() {
    String id = "nom-" + run + "-2";
    StoredNomination draft = opened(id, "can-bo-2");
    repository.insert(draft);
    Nomination amended =
        draft.nomination().amend(NominationCasesTest.DOSSIER, "lan.reporter", OPENED);
    repository.update(draft.with(amended), 1);
    Nomination other = draft.nomination().amend(NominationCasesTest.DOSSIER, "minh.head", OPENED);

    assertThatThrownBy(() -> repository.update(draft.with(other), 1))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(repository.find(id).orElseThrow().nomination().log().transitions())
        .extracting(t -> t.actor())
        .containsExactly("lan.reporter");
  }

  @Test
  void theListKeepsWhatTheFilterAsks() {
    String a = "nom-" + run + "-3";
    String b = "nom-" + run + "-4";
    repository.insert(opened(a, "can-bo-3"));
    repository.insert(opened(b, "can-bo-4"));

    assertThat(
            repository.list(
                plan, new NominationFilter(NominationState.DRAFT, null, null, null, "can-bo-4")))
        .extracting(StoredNomination::id)
        .containsExactly(b);
    assertThat(
            repository.list(
                plan,
                new NominationFilter(
                    null, List.of("30745"), "ANNUAL-2025", NominationCasesTest.FORM, null)))
        .extracting(StoredNomination::id)
        .contains(a, b);
    assertThat(repository.list(plan, new NominationFilter(null, null, "ANNUAL-2024", null, null)))
        .isEmpty();
    assertThat(repository.list(plan, new NominationFilter(null, List.of(), null, null, null)))
        .isEmpty();
    assertThat(
            repository.list(
                plan, new NominationFilter(NominationState.ELIGIBLE, null, null, null, null)))
        .isEmpty();
  }
}
