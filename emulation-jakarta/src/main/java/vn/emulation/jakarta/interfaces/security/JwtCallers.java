package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;

/**
 * The caller of the current request as {@link CallerFilter} read it from the token. Fails closed:
 * outside a request, or in a request that the filter never saw (a servlet, a page or a job added
 * without it), the caller is {@link Caller#anonymous()}, never the system. The system is the caller
 * only inside {@link #runAsSystem}, on the thread that runs it.
 */
@ApplicationScoped
public class JwtCallers implements Callers {

  private static final Logger LOG = Logger.getLogger(JwtCallers.class.getName());

  /** The run-as of this thread, if any; it outranks the request's caller. */
  private final ThreadLocal<Caller> runAs = new ThreadLocal<>();

  @Inject RequestCaller request;

  @Override
  public Caller current() {
    Caller system = runAs.get();
    if (system != null) {
      return system;
    }
    Caller c = requestCaller();
    return c == null ? Caller.anonymous() : c;
  }

  @Override
  public <T> T runAsSystem(String purpose, Supplier<T> work) {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("a run as the system needs a purpose, got: " + purpose);
    }
    Objects.requireNonNull(work, "work");
    Caller before = runAs.get();
    Caller starter = current();
    String startedBy = starter.roles().isEmpty() ? "" : " (started by " + starter.user() + ")";
    LOG.info(() -> "run as system begins: " + purpose + startedBy);
    runAs.set(Caller.system());
    try {
      return work.get();
    } finally {
      if (before == null) {
        runAs.remove();
      } else {
        runAs.set(before);
      }
      LOG.info(() -> "run as system ends: " + purpose);
    }
  }

  private Caller requestCaller() {
    try {
      return request.get();
    } catch (ContextNotActiveException outsideRequest) {
      return null;
    }
  }
}
