package vn.emulation.jakarta.application;

import vn.emulation.core.common.LocalizedText;

/** What was asked for does not exist (or is not visible to whoever asks). */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  public NotFoundException(LocalizedText reason) {
    super(reason.en());
    this.reason = reason;
  }

  public LocalizedText reason() {
    return reason;
  }
}
