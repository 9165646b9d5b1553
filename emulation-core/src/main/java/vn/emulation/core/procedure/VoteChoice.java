package vn.emulation.core.procedure;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/** How a member votes on a nominee. */
public enum VoteChoice {
  FOR("procedure.council.vote.for"),
  AGAINST("procedure.council.vote.against"),
  ABSTAIN("procedure.council.vote.abstain");

  private final String key;

  VoteChoice(String key) {
    this.key = key;
  }

  public LocalizedText label() {
    return Messages.text(key);
  }
}
