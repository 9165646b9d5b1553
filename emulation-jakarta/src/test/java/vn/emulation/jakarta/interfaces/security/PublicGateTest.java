package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import org.junit.jupiter.api.Test;

/**
 * The published reads: open to anyone, until the deployment closes them to signed-in users. (The
 * 401 itself is the container's; TokenIT sees it over HTTP.)
 */
class PublicGateTest {

  private static final Principal SIGNED_IN = () -> "public.user";

  @Test
  void openPublishedReadsLetAnyoneIn() {
    assertThat(PublicGate.admits(true, null)).isTrue();
    assertThat(PublicGate.admits(true, SIGNED_IN)).isTrue();
  }

  @Test
  void closedPublishedReadsLetOnlySignedInCallersIn() {
    assertThat(PublicGate.admits(false, null)).isFalse();
    assertThat(PublicGate.admits(false, SIGNED_IN)).isTrue();
  }
}
