package vn.emulation.jakarta.application;

import vn.emulation.core.common.LocalizedText;

/** The request clashes with what is stored: an existing version, a concurrent edit. */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  public ConflictException(LocalizedText reason) {
    super(reason.en());
    this.reason = reason;
  }

  public LocalizedText reason() {
    return reason;
  }
}
