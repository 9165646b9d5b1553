package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.city;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.paths;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.messages.AdapterMessages;

class ParticipantRulesTest {

  private static Participant check(NewParticipant p) {
    return ParticipantRules.check(RachGia.PLAN, city(), p, "taken"::equals, () -> "generated");
  }

  @Test
  void registersAnIndividualWithAGeneratedIdKeepingItsNameAsWritten() {
    Participant p =
        check(
            new NewParticipant(
                null, ParticipantKind.INDIVIDUAL, " Nguyễn Thị Hồng Linh ", "OFFICIALS", "30730"));

    assertThat(p)
        .isEqualTo(new Individual("generated", "Nguyễn Thị Hồng Linh", "OFFICIALS", "30730"));
    assertThat(p.kind()).isEqualTo(ParticipantKind.INDIVIDUAL);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    // the edge could not read the kind (GROUP): it comes with the command
    Unread kind =
        new Unread(
            List.of(
                new Problem(
                    "kind",
                    AdapterMessages.text(
                        "application.choice.unknown", "COLLECTIVE, INDIVIDUAL", "\"GROUP\""))));
    assertThat(paths(() -> check(new NewParticipant("taken", null, "", "NOPE", "nope", kind))))
        .containsExactly("id", "kind", "name", "categoryCode", "unitCode");
    assertThat(
            paths(
                () ->
                    check(
                        new NewParticipant(
                            "có dấu",
                            ParticipantKind.INDIVIDUAL,
                            "Trường THCS",
                            "SCHOOLS",
                            "30730"))))
        .containsExactly("id", "categoryCode");
    assertThat(paths(() -> check(new NewParticipant("", null, null, null, null))))
        .containsExactly("id", "kind", "name", "categoryCode", "unitCode");
  }
}
