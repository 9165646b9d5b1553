package vn.emulation.jakarta.testing;

import java.util.function.Supplier;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;

/**
 * The {@link Callers} port with a caller the test sets: anonymous until told otherwise (fails
 * closed, as the web layer's), the system inside {@link #runAsSystem} only.
 */
public final class FixedCallers implements Callers {

  private Caller current = Caller.anonymous();

  /** Callers answering {@code caller} until {@link #actAs} changes it. */
  public static FixedCallers of(Caller caller) {
    FixedCallers callers = new FixedCallers();
    callers.actAs(caller);
    return callers;
  }

  public void actAs(Caller caller) {
    current = caller;
  }

  @Override
  public Caller current() {
    return current;
  }

  @Override
  public <T> T runAsSystem(String purpose, Supplier<T> work) {
    Caller before = current;
    current = Caller.system();
    try {
      return work.get();
    } finally {
      current = before;
    }
  }
}
