package vn.emulation.jakarta.interfaces.security;

import vn.emulation.jakarta.application.access.Caller;

/** The web layer's {@link JwtCallers} as the use-case tests need it. */
public final class TestCallers {

  private TestCallers() {}

  /** A request that no filter identified: the path a new servlet or page takes without it. */
  public static JwtCallers unidentifiedRequest() {
    JwtCallers callers = new JwtCallers();
    callers.request = new RequestCaller();
    return callers;
  }

  /** A request the filter identified as {@code caller}. */
  public static JwtCallers requestOf(Caller caller) {
    JwtCallers callers = unidentifiedRequest();
    callers.request.set(caller);
    return callers;
  }
}
