package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import vn.emulation.jakarta.application.access.Caller;

/**
 * The caller of the request being served, set once by {@link CallerFilter} for every API call.
 * Unset (null) means the request context was opened by the container for work of its own, such as
 * start-up observers.
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
