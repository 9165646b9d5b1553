package vn.emulation.core.procedure;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/** A seat on the emulation and commendation council. */
public enum CouncilRole {
  CHAIR("procedure.council.role.chair"),
  VICE_CHAIR("procedure.council.role.viceChair"),
  MEMBER("procedure.council.role.member");

  private final String key;

  CouncilRole(String key) {
    this.key = key;
  }

  public LocalizedText label() {
    return Messages.text(key);
  }
}
