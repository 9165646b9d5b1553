package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The states the audit log keeps of a participant and of its evidence, as JSON: entries are hashed
 * and never rewritten, so the same change must record the same text whatever the API's views
 * become. The expected texts are those recorded before the views left the application.
 */
class ParticipantAuditStatesTest {

  private final InMemoryCity city = new InMemoryCity();
  private final ParticipantRegistry registry = ParticipantRegistryTest.registry(city);

  private List<AuditEntry> entries() {
    List<AuditEntry> all = city.auditLog.entries();
    return all.subList(1, all.size()); // after the plan's import
  }

  @Test
  void aNewParticipantIsRecordedAsBefore() {
    registry.create(
        InMemoryCity.PLAN,
        new NewParticipant(
            "o1",
            ParticipantKind.INDIVIDUAL,
            "Nguyễn Thị Hồng Linh",
            "OFFICIALS",
            InMemoryCity.WARD));

    AuditEntry e = entries().get(0);
    assertThat(e.beforeState()).isNull();
    assertThat(e.afterState())
        .isEqualTo(
            "{\"categoryCode\":\"OFFICIALS\",\"id\":\"o1\",\"kind\":\"INDIVIDUAL\","
                + "\"name\":\"Nguyễn Thị Hồng Linh\",\"unitCode\":\"30730\"}");
  }

  @Test
  void anEvidenceUpdateIsRecordedAsBefore() {
    registry.create(
        InMemoryCity.PLAN,
        new NewParticipant(
            "o1",
            ParticipantKind.INDIVIDUAL,
            "Nguyễn Thị Hồng Linh",
            "OFFICIALS",
            InMemoryCity.WARD));
    registry.putEvidence(
        InMemoryCity.PLAN,
        "o1",
        "ANNUAL-2023",
        new EvidenceUpdate(
            Map.of("GEN-POLICY", new AnswerInput(Answer.YES, "123/QĐ-UBND")),
            Map.of("recognisedInitiatives", new BigDecimal("2")),
            Map.of("contributionVnd", new BigDecimal("5000000")),
            LocalDate.of(2022, 3, 15),
            null));
    registry.putEvidence(
        InMemoryCity.PLAN,
        "o1",
        "ANNUAL-2023",
        new EvidenceUpdate(
            Map.of("GEN-UNITY", new AnswerInput(Answer.NOT_APPLICABLE, null)),
            Map.of("recognisedInitiatives", new BigDecimal("3")),
            null,
            null,
            null));

    String empty =
        "{\"amounts\":{},\"answers\":{},\"counts\":{},\"notRegistered\":false,"
            + "\"occasionCode\":\"ANNUAL-2023\",\"participantId\":\"o1\"}";
    String first =
        "{\"amounts\":{\"contributionVnd\":5000000},"
            + "\"answers\":{\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"123/QĐ-UBND\"}},"
            + "\"counts\":{\"recognisedInitiatives\":2},\"notRegistered\":false,"
            + "\"occasionCode\":\"ANNUAL-2023\",\"participantId\":\"o1\","
            + "\"registeredOn\":\"2022-03-15\"}";
    String second =
        "{\"amounts\":{\"contributionVnd\":5000000},"
            + "\"answers\":{\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"123/QĐ-UBND\"},"
            + "\"GEN-UNITY\":{\"answer\":\"NOT_APPLICABLE\"}},"
            + "\"counts\":{\"recognisedInitiatives\":3},\"notRegistered\":false,"
            + "\"occasionCode\":\"ANNUAL-2023\",\"participantId\":\"o1\","
            + "\"registeredOn\":\"2022-03-15\"}";
    List<AuditEntry> puts = entries().subList(1, 3);
    assertThat(puts).extracting(AuditEntry::action).containsOnly("evidence.put");
    assertThat(puts.get(0).beforeState()).isEqualTo(empty);
    assertThat(puts.get(0).afterState()).isEqualTo(first);
    assertThat(puts.get(1).beforeState()).isEqualTo(first);
    assertThat(puts.get(1).afterState()).isEqualTo(second);
  }
}
