package vn.emulation.jakarta.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Closes the {@link PublicRead} endpoints to anonymous callers when the deployment says so ({@code
 * emulation.public.open=false}): they then answer 401 like every other endpoint.
 */
@Provider
@ApplicationScoped
@PublicRead
@Priority(Priorities.AUTHORIZATION)
public class PublicGate implements ContainerRequestFilter {

  @Inject EmulationSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!admits(settings.publicOpen(), request.getSecurityContext().getUserPrincipal())) {
      throw new NotAuthorizedException("Bearer");
    }
  }

  /** Whether a caller (null: nobody signed in) may read what is published. */
  static boolean admits(boolean publicOpen, Principal caller) {
    return publicOpen || caller != null;
  }
}
