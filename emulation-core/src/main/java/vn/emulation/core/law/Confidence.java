package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/**
 * How sure the rule set is of a citation, in the tags of the law's reference sheet: the wording was
 * read in the text, only a restatement was read, it is recalled, or it is unresolved. A rule that
 * is not verified says so in its note, so that a verdict citing it can say so too.
 */
public enum Confidence {
  VERIFIED(LocalizedText.of("đã đối chiếu văn bản", "checked against the text")),
  SECONDARY(LocalizedText.of("theo nguồn diễn giải", "from a restatement")),
  RECALLED(LocalizedText.of("chưa đối chiếu văn bản", "not checked against the text")),
  UNRESOLVED(
      LocalizedText.of("chưa xác định, cần rà soát pháp lý", "unresolved, for legal review"));

  private final LocalizedText label;

  Confidence(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
