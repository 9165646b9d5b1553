package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.city;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.paths;

import org.junit.jupiter.api.Test;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;

class ParticipantRulesTest {

  private static Participant check(NewParticipant p) {
    return ParticipantRules.check(RachGia.PLAN, city(), p, "taken"::equals, () -> "generated");
  }

  @Test
  void registersAnIndividualWithAGeneratedIdKeepingItsNameAsWritten() {
    Participant p =
        check(
            new NewParticipant(null, "INDIVIDUAL", " Nguyễn Thị Hồng Linh ", "OFFICIALS", "30730"));

    assertThat(p)
        .isEqualTo(new Individual("generated", "Nguyễn Thị Hồng Linh", "OFFICIALS", "30730"));
    assertThat(p.kind()).isEqualTo(ParticipantKind.INDIVIDUAL);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(paths(() -> check(new NewParticipant("taken", "GROUP", "", "NOPE", "nope"))))
        .containsExactly("id", "kind", "name", "categoryCode", "unitCode");
    assertThat(
            paths(
                () ->
                    check(
                        new NewParticipant(
                            "có dấu", "INDIVIDUAL", "Trường THCS", "SCHOOLS", "30730"))))
        .containsExactly("id", "categoryCode");
    assertThat(paths(() -> check(new NewParticipant("", null, null, null, null))))
        .containsExactly("id", "kind", "name", "categoryCode", "unitCode");
  }
}
