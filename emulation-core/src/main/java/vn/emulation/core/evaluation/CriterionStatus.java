package vn.emulation.core.evaluation;

import vn.emulation.core.common.LocalizedText;

/** How one criterion came out for one participant. */
public enum CriterionStatus {
  /** Evidence is missing that would decide it. */
  UNDECIDED(LocalizedText.of("Chưa xác định", "Undecided")),
  MET(LocalizedText.of("Đạt", "Met")),
  NOT_MET(LocalizedText.of("Không đạt", "Not met")),
  /** It does not apply to this participant (no Party organisation, say). */
  NOT_APPLICABLE(LocalizedText.of("Không áp dụng", "Not applicable"));

  private final LocalizedText label;

  CriterionStatus(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }

  /** Codes used by the compiled checks: the ordinal, kept as a byte in hot loops. */
  static final byte UNDECIDED_CODE = 0;

  static final byte MET_CODE = 1;
  static final byte NOT_MET_CODE = 2;
  static final byte NOT_APPLICABLE_CODE = 3;

  private static final CriterionStatus[] BY_CODE = values();

  static CriterionStatus of(byte code) {
    return BY_CODE[code];
  }
}
