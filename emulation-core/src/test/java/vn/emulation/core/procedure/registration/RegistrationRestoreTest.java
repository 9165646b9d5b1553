package vn.emulation.core.procedure.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.procedure.Fixtures.morningOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Transition;

/** A stored registration read back: the same case, and a log no command could make refused. */
class RegistrationRestoreTest {

  private static Registration restored(Registration r, CaseLog<RegistrationState> log) {
    return Registration.restore(
        r.id(),
        r.planCode(),
        r.occasionCode().orElse(null),
        r.unitCode(),
        r.participantIds(),
        r.ownPlan().orElse(null),
        r.deadline(),
        r.openedBy(),
        r.openedAt(),
        log);
  }

  @Test
  void aRestoredRegistrationGoesOnWhereTheStoredOneStopped() {
    Registration sent =
        RegistrationTest.draft()
            .submit("ward.clerk", morningOf(2023, 1, 10))
            .returnForCorrection("officer", morningOf(2023, 1, 12), "Thiếu danh sách cá nhân");

    Registration back = restored(sent, sent.log());

    assertThat(back.state()).isEqualTo(RegistrationState.RETURNED);
    assertThat(back.version()).isEqualTo(3);
    assertThat(back.allowedCommands()).containsExactly(Registration.AMEND, Registration.SUBMIT);
    assertThat(back.submit("ward.clerk", morningOf(2023, 1, 13)).version()).isEqualTo(4);
    assertThat(back.isLate()).isFalse();
  }

  @Test
  void aLogThatSkipsAStepIsRefused() {
    Registration draft = RegistrationTest.draft();
    var skipped =
        new CaseLog<>(
            RegistrationState.ACCEPTED,
            2,
            List.of(
                new Transition<>(
                    Registration.ACCEPT,
                    RegistrationState.DRAFT,
                    RegistrationState.ACCEPTED,
                    "officer",
                    morningOf(2023, 1, 10),
                    null)));

    assertThatThrownBy(() -> restored(draft, skipped)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void aVersionThatDoesNotCountTheTransitionsIsRefused() {
    Registration draft = RegistrationTest.draft();

    assertThatThrownBy(() -> restored(draft, new CaseLog<>(RegistrationState.DRAFT, 5, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v5");
  }
}
