package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;

/** How a request's security context becomes a caller, and who is confined to a unit. */
class CallerTest {

  @Test
  void anUnauthenticatedRequestIsAnonymousWithNoRole() {
    Caller c = CallerFilter.callerOf(context(null, Set.of()), "unit");

    assertThat(c.roles()).isEmpty();
    assertThat(c.unitScoped()).isFalse();
  }

  @Test
  void rolesComeFromTheContainerSoThatDeploymentsCanMapGroups() {
    Caller c =
        CallerFilter.callerOf(context(() -> "lan.nguyen", Set.of("reporter", "other")), "unit");

    assertThat(c.user()).isEqualTo("lan.nguyen");
    assertThat(c.roles()).containsExactly(Role.REPORTER);
    assertThat(c.unitCode()).isNull();
  }

  @Test
  void aReporterOrHeadAloneIsConfinedButAnyCityRoleLiftsIt() {
    assertThat(new Caller("a", Set.of(Role.REPORTER), "30745").unitScoped()).isTrue();
    assertThat(new Caller("a", Set.of(Role.UNIT_HEAD, Role.PUBLIC), "30745").unitScoped()).isTrue();
    assertThat(new Caller("a", Set.of(Role.REPORTER, Role.OFFICER), "30745").unitScoped())
        .isFalse();
    assertThat(new Caller("a", Set.of(Role.COUNCIL), null).unitScoped()).isFalse();
  }

  @Test
  void theAuditNamesTheStrongestRole() {
    assertThat(new Caller("a", Set.of(Role.REPORTER, Role.OFFICER), "x").mainRole())
        .isEqualTo("officer");
    assertThat(Caller.system().mainRole()).isEqualTo("admin");
    assertThat(Caller.anonymous().mainRole()).isEmpty();
  }

  @Test
  void theContentSecurityPolicyNamesThePortalAsTheOnlyFramer() {
    assertThat(SecurityHeaders.policy("https://portal.kiengiang.gov.vn"))
        .contains("frame-ancestors https://portal.kiengiang.gov.vn;")
        .startsWith("default-src 'none';");
    assertThat(SecurityHeaders.policy(" ")).contains("frame-ancestors 'none';");
  }

  private static SecurityContext context(Principal p, Set<String> roles) {
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return p;
      }

      @Override
      public boolean isUserInRole(String role) {
        return roles.contains(role);
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return p == null ? null : "MP-JWT";
      }
    };
  }
}
