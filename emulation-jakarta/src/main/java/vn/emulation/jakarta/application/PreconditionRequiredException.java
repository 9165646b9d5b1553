package vn.emulation.jakarta.application;

import vn.emulation.core.common.LocalizedText;

/**
 * A command on a case that must name the version it read (HTTP {@code If-Match}) and named none:
 * without it, a change made on a stale read could overwrite someone else's. Nothing was changed;
 * the client should read the case, take its ETag and send the command again with it.
 */
public class PreconditionRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  public PreconditionRequiredException(LocalizedText reason) {
    super(reason.en());
    this.reason = reason;
  }

  public LocalizedText reason() {
    return reason;
  }
}
