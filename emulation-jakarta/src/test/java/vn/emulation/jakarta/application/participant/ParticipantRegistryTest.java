package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.participant.ParticipantCommands.ParticipantQuery;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * Participants and their stored evidence on the in-memory stores: created and audited, refused with
 * nothing stored, and kept within a ward's user's own units.
 */
class ParticipantRegistryTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String WARD = InMemoryCity.WARD;
  private static final String OTHER = InMemoryCity.OTHER_WARD;
  private static final String OCCASION = "ANNUAL-2023";

  private final InMemoryCity city = new InMemoryCity();
  private final ParticipantRegistry registry = registry(city);

  static ParticipantRegistry registry(InMemoryCity city) {
    ParticipantRegistry r = new ParticipantRegistry();
    r.plans = PlanCatalogs.withRachGia(city);
    r.participants = city.participants;
    r.units = city.units;
    r.evidence = city.evidence;
    r.scopes = Scopes.of(city);
    r.audit = city.audit;
    r.callers = city.callers;
    return r;
  }

  private static NewParticipant official(String id, String unit) {
    return new NewParticipant(
        id, ParticipantKind.INDIVIDUAL, "Nguyễn Thị Hồng Linh", "OFFICIALS", unit);
  }

  private static EvidenceUpdate declaration() {
    return new EvidenceUpdate(
        Map.of("GEN-POLICY", new AnswerInput(Answer.YES, "123/QĐ-UBND")),
        Map.of("recognisedInitiatives", new BigDecimal("2")),
        null,
        LocalDate.of(2022, 3, 15),
        null);
  }

  /** The actions audited after the plan's import (entry 1). */
  private List<String> actions() {
    List<String> all = city.auditedActions();
    return all.subList(1, all.size());
  }

  @Test
  void createsAParticipantAndAuditsIt() {
    Participant created = registry.create(PLAN, official("o1", WARD));

    assertThat(created).isEqualTo(new Individual("o1", "Nguyễn Thị Hồng Linh", "OFFICIALS", WARD));
    assertThat(registry.get(PLAN, "o1")).isEqualTo(created);
    assertThat(actions()).containsExactly("participant.create");
    assertThat(city.auditLog.entries().get(1).target())
        .isEqualTo("plans/" + PLAN + "/participants/o1");
  }

  @Test
  void givesAnIdentifierWhenNoneIsGiven() {
    Participant created = registry.create(PLAN, official(null, WARD));

    assertThat(created.id()).isNotBlank();
    assertThat(city.participants.exists(created.id())).isTrue();
  }

  @Test
  void refusesAParticipantWithEveryProblemAndStoresNothing() {
    registry.create(PLAN, official("o1", WARD));

    assertThatThrownBy(
            () ->
                registry.create(
                    PLAN,
                    new NewParticipant(
                        "o1", ParticipantKind.COLLECTIVE, " ", "OFFICIALS", "NOWHERE")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrder("id", "name", "categoryCode", "unitCode"));

    assertThat(city.participants.all(PLAN)).hasSize(1);
    assertThat(actions()).containsExactly("participant.create");
  }

  @Test
  void aWardsReporterCreatesInTheirWardOnlyAndSeesOnlyIt() {
    registry.create(PLAN, official("o2", OTHER));
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThatThrownBy(() -> registry.create(PLAN, official("o3", OTHER)))
        .isInstanceOf(AccessDeniedException.class);
    registry.create(PLAN, official("o1", WARD));

    assertThat(
            registry.list(PLAN, new ParticipantQuery(null, null, new PageRequest(0, 20))).items())
        .extracting(Participant::id)
        .containsExactly("o1");
    assertThatThrownBy(() -> registry.get(PLAN, "o2")).isInstanceOf(NotFoundException.class);
    assertThat(city.participants.exists("o3")).isFalse();
  }

  @Test
  void storesEvidenceAndAuditsItWithWhatWasBefore() {
    registry.create(PLAN, official("o1", WARD));

    StoredEvidence stored = registry.putEvidence(PLAN, "o1", OCCASION, declaration());

    assertThat(stored.participantId()).isEqualTo("o1");
    assertThat(stored.occasionCode()).isEqualTo(OCCASION);
    assertThat(stored.facts().declarations().get("GEN-POLICY").answer()).isEqualTo(Answer.YES);
    assertThat(stored.facts().declarations().get("GEN-POLICY").reference())
        .isEqualTo("123/QĐ-UBND");
    assertThat(stored.facts().counts()).containsEntry("recognisedInitiatives", 2);
    assertThat(stored.facts().registeredOn()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(registry.evidence(PLAN, "o1", OCCASION)).isEqualTo(stored);
    assertThat(registry.evidence(PLAN, "o1", "ANNUAL-2024").facts().declarations()).isEmpty();
    AuditEntry entry = city.auditLog.entries().get(2);
    assertThat(entry.action()).isEqualTo("evidence.put");
    assertThat(entry.target()).isEqualTo("plans/" + PLAN + "/participants/o1/evidence/" + OCCASION);
    assertThat(entry.beforeState()).doesNotContain("GEN-POLICY");
    assertThat(entry.afterState()).contains("GEN-POLICY");
  }

  @Test
  void evidenceChangesItsVersionAndRefusesAnEditOfAnOlderOne() {
    registry.create(PLAN, official("o1", WARD));
    Tagged<StoredEvidence> empty = registry.taggedEvidence(PLAN, "o1", OCCASION);
    Tagged<StoredEvidence> stored =
        registry.putEvidence(
            PLAN, "o1", OCCASION, declaration(), Precondition.oneOf(List.of(empty.tag())));
    assertThat(stored.tag()).isNotEqualTo(empty.tag());

    EvidenceUpdate no =
        new EvidenceUpdate(
            Map.of("GEN-POLICY", new AnswerInput(Answer.NO, null)), null, null, null, null);
    assertThatThrownBy(
            () ->
                registry.putEvidence(
                    PLAN, "o1", OCCASION, no, Precondition.oneOf(List.of(empty.tag()))))
        .isInstanceOf(PreconditionFailedException.class);

    assertThat(
            registry
                .evidence(PLAN, "o1", OCCASION)
                .facts()
                .declarations()
                .get("GEN-POLICY")
                .answer())
        .isEqualTo(Answer.YES);
    assertThat(actions()).containsExactly("participant.create", "evidence.put");
  }

  @Test
  void refusesEvidenceForAnUnknownOccasionOrCriterionAndStoresNothing() {
    registry.create(PLAN, official("o1", WARD));

    assertThatThrownBy(() -> registry.putEvidence(PLAN, "o1", "NO-OCCASION", declaration()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                registry.putEvidence(
                    PLAN,
                    "o1",
                    OCCASION,
                    new EvidenceUpdate(
                        Map.of("NOPE", new AnswerInput(Answer.YES, null)), null, null, null, null)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(registry.evidence(PLAN, "o1", OCCASION).facts().declarations()).isEmpty();
    assertThat(actions()).containsExactly("participant.create");
  }

  @Test
  void anotherWardsParticipantsEvidenceIsNotFoundToAWardsReporter() {
    registry.create(PLAN, official("o2", OTHER));
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThatThrownBy(() -> registry.putEvidence(PLAN, "o2", OCCASION, declaration()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> registry.evidence(PLAN, "o2", OCCASION))
        .isInstanceOf(NotFoundException.class);

    city.callers.actAs(InMemoryCity.OFFICER);
    assertThat(registry.evidence(PLAN, "o2", OCCASION).facts().declarations()).isEmpty();
  }

  @Test
  void nobodyKnownMayWrite() {
    registry.create(PLAN, official("o1", WARD));
    city.callers.actAs(Caller.anonymous());

    assertThatThrownBy(() -> registry.create(PLAN, official("o9", WARD)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registry.putEvidence(PLAN, "o1", OCCASION, declaration()))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(actions()).containsExactly("participant.create");
  }
}
