package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import vn.emulation.jakarta.application.access.Caller;

/**
 * The caller of the request being served, set once by {@link CallerFilter} for every API call.
 * Unset (null) means a request the filter never saw, or a context the container opened for work of
 * its own (start-up observers): {@link JwtCallers} then answers the anonymous caller.
 */
@RequestScoped
public class RequestCaller {

  private Caller caller;

  Caller get() {
    return caller;
  }

  void set(Caller caller) {
    this.caller = caller;
  }
}
