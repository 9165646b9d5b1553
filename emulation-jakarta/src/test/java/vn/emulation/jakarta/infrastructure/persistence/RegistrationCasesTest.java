package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;

/** A registration stored as a case and read back is the same registration, able to go on. */
class RegistrationCasesTest {

  private static final FileReference OWN_PLAN =
      new FileReference(
          "Kế hoạch thi đua phường Vĩnh Thanh.pdf", FileReference.PDF, 2048, "ab".repeat(32));

  private static Registration returned() {
    return Registration.open(
            "reg-1",
            "rach-gia-2022-2025",
            null,
            "30745",
            List.of("ubnd-30745", "can-bo-17"),
            OWN_PLAN,
            new RegistrationDeadline(LocalDate.of(2023, 1, 31), "REGISTRATION"),
            "lan.reporter",
            Instant.parse("2023-01-05T02:00:00Z"))
        .submit("lan.reporter", Instant.parse("2023-01-10T02:00:00Z"))
        .returnForCorrection("hoa.officer", Instant.parse("2023-01-12T02:00:00Z"), "Thiếu chữ ký");
  }

  @Test
  void readsBackEveryFieldAndTheLog() {
    Registration r = returned();

    CaseRepository.StoredCase stored = RegistrationCases.stored(r);
    Registration back = RegistrationCases.registration(stored);

    assertThat(stored.kind()).isEqualTo("registration");
    assertThat(stored.state()).isEqualTo("RETURNED");
    assertThat(stored.transitions())
        .extracting(CaseRepository.StoredTransition::seq)
        .containsExactly(1, 2);
    assertThat(back.ownPlan()).contains(OWN_PLAN);
    assertThat(back.participantIds()).containsExactly("ubnd-30745", "can-bo-17");
    assertThat(back.deadline()).isEqualTo(r.deadline());
    assertThat(back.occasionCode()).isEmpty();
    assertThat(back.log()).isEqualTo(r.log());
    assertThat(back.submit("lan.reporter", Instant.parse("2023-02-03T02:00:00Z")).state())
        .isEqualTo(RegistrationState.SUBMITTED);
  }

  @Test
  void aStoredCaseWhoseStateTheLogDoesNotReachIsRefused() {
    CaseRepository.StoredCase s = RegistrationCases.stored(returned());
    CaseRepository.StoredCase forged =
        new CaseRepository.StoredCase(
            s.id(),
            s.kind(),
            s.planCode(),
            s.unitCode(),
            "ACCEPTED",
            s.version(),
            s.openedBy(),
            s.openedAt(),
            s.body(),
            s.transitions());

    assertThatThrownBy(() -> RegistrationCases.registration(forged))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
