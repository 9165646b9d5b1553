package vn.emulation.jakarta.infrastructure.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;

/**
 * The procedure's refusals (a command the state does not allow, a command without If-Match) are
 * answers to the request, 409 and 428, not incidents of the system: the transaction interceptors
 * carry them past the transaction manager, which would otherwise file an FFDC incident for each.
 */
class RefusalsTest {

  @Test
  void theProceduresRefusalsAreRefusals() {
    assertThat(
            Refusals.isRefusal(
                new CommandRefusedException(
                    "registration", Thread.State.NEW, "accept", List.of("submit"))))
        .isTrue();
    assertThat(
            Refusals.isRefusal(
                new PreconditionRequiredException(
                    LocalizedText.of("Thiếu If-Match", "No If-Match"))))
        .isTrue();
  }

  @Test
  void aFailureOfTheSystemIsNot() {
    assertThat(Refusals.isRefusal(new IllegalStateException("broken"))).isFalse();
  }
}
