package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/**
 * Why a case is not awarded or proposed while it lasts (Decree 98/2023 and Decree 152/2025, art.
 * 4.4): discipline being considered; an investigation, inspection, check or audit on signs of a
 * violation; complaints or denunciations being handled; corruption or misconduct reported by the
 * press being verified.
 */
public enum ExclusionGround {
  DISCIPLINE(LocalizedText.of("đang xem xét kỷ luật", "discipline under consideration")),
  INVESTIGATION(
      LocalizedText.of(
          "đang bị điều tra, thanh tra, kiểm tra, kiểm toán khi có dấu hiệu vi phạm",
          "under investigation, inspection, check or audit on signs of a violation")),
  COMPLAINT(
      LocalizedText.of(
          "đang giải quyết khiếu nại, tố cáo", "complaints or denunciations being handled")),
  PRESS_REPORT(
      LocalizedText.of(
          "đang xác minh tham nhũng, tiêu cực do báo chí nêu",
          "corruption or misconduct reported by the press being verified"));

  private final LocalizedText label;

  ExclusionGround(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
