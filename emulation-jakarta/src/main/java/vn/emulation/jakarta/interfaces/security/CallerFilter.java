package vn.emulation.jakarta.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Turns the verified token into a {@link Caller}. Roles are asked of the container ({@code
 * isUserInRole}) rather than read from the {@code groups} claim, so that a deployment mapping the
 * portal's group names to ours in {@code <application-bnd>} works unchanged.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  @Inject RequestCaller current;
  @Inject EmulationSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    current.set(callerOf(request.getSecurityContext(), settings.unitClaim()));
  }

  static Caller callerOf(SecurityContext security, String unitClaim) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    if (principal == null) {
      return Caller.anonymous();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (security.isUserInRole(r.claim())) {
        roles.add(r);
      }
    }
    String unit = null;
    if (principal instanceof JsonWebToken jwt) {
      Object claim = jwt.getClaim(unitClaim);
      unit = claim == null ? null : unquote(claim.toString());
    }
    return new Caller(principal.getName(), roles, unit == null || unit.isBlank() ? null : unit);
  }

  /** JSON string claims may arrive as a JsonString whose toString keeps the quotes. */
  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
