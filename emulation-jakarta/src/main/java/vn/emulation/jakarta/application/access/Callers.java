package vn.emulation.jakarta.application.access;

import java.util.function.Supplier;

/**
 * Tells the use cases who is asking. The adapter answers from the request's verified token; where
 * no caller is known — outside a request, or a request that no filter identified — the answer is
 * {@link Caller#anonymous()}, who holds no role, reaches no unit and may write nothing: the system
 * fails closed. The system's own identity ({@link Caller#system()}, an administrator) is only ever
 * taken through {@link #runAsSystem}, explicitly and logged.
 */
public interface Callers {

  /** The caller of the current request or run-as; {@link Caller#anonymous()} when none is known. */
  Caller current();

  /**
   * Runs {@code work} as the system: {@link #current()} answers {@link Caller#system()} on this
   * thread, and only on it, until {@code work} returns or throws; then the caller before it again.
   * The purpose is logged (with the user who started the work, when one is known), and every audit
   * entry written meanwhile names {@code system}.
   *
   * @param purpose why the system acts, in a few words ({@code "demo.load: the demo city"})
   * @param work what it does
   * @return what {@code work} returned
   */
  <T> T runAsSystem(String purpose, Supplier<T> work);

  /**
   * The current caller, who must hold a role that writes (reporter, unit head, officer,
   * administrator; the council member and the Chairman for their acts, ADR 0040); the write use
   * cases ask this first.
   *
   * @throws AccessDeniedException for anyone else, the anonymous caller above all
   */
  default Caller writer() {
    Caller caller = current();
    if (!caller.mayWrite()) {
      throw AccessDeniedException.mayNotWrite(caller);
    }
    return caller;
  }
}
