package vn.emulation.jakarta.application.access;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The caller's role allows the operation but not on this unit: a reporter writing another ward's
 * figures. Reads of another unit's records answer "not found" instead, so that they leak nothing; a
 * write names only what the caller sent.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  public AccessDeniedException(LocalizedText reason) {
    super(reason.in(java.util.Locale.ENGLISH));
    this.reason = reason;
  }

  public LocalizedText reason() {
    return reason;
  }

  /** The usual refusal: the unit lies outside the caller's own. */
  public static AccessDeniedException outsideScope(String unitCode) {
    return new AccessDeniedException(AdapterMessages.text("access.unitOutsideUserOwn", unitCode));
  }

  /**
   * A write asked by a caller holding no role that writes: nobody signed in (a path that no filter
   * identified), or a reader only.
   */
  public static AccessDeniedException mayNotWrite(Caller caller) {
    return new AccessDeniedException(
        caller.roles().isEmpty()
            ? AdapterMessages.text("access.noSignedUserKnown")
            : AdapterMessages.text("access.userRolesDoNot"));
  }
}
