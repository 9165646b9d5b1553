package vn.emulation.jakarta.application;

import vn.emulation.core.common.LocalizedText;

/**
 * The client edits a version it read earlier, and someone else has changed the record since: its
 * {@code If-Match} no longer matches. Nothing was stored; the client should read again, look at the
 * other person's change and decide.
 */
public class PreconditionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  public PreconditionFailedException(LocalizedText reason) {
    super(reason.en());
    this.reason = reason;
  }

  public LocalizedText reason() {
    return reason;
  }
}
