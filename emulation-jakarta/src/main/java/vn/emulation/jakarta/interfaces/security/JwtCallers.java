package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;

/**
 * The caller of the current request; outside a request (the demo city loaded at start-up) the
 * system itself.
 */
@ApplicationScoped
public class JwtCallers implements Callers {

  @Inject RequestCaller request;

  @Override
  public Caller current() {
    try {
      Caller c = request.get();
      return c == null ? Caller.system() : c;
    } catch (ContextNotActiveException outsideRequest) {
      return Caller.system();
    }
  }
}
