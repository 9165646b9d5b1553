package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/**
 * An office that may decide an award (Law art. 80; Decree 129/2025 art. 59 after the district level
 * was abolished on 1 July 2025).
 */
public enum Office {
  COMMUNE_CHAIRMAN(
      LocalizedText.of(
          "Chủ tịch Ủy ban nhân dân cấp xã", "Chairman of the commune-level People's Committee")),
  DISTRICT_CHAIRMAN(
      LocalizedText.of(
          "Chủ tịch Ủy ban nhân dân cấp huyện",
          "Chairman of the district-level People's Committee")),
  DEPARTMENT_HEAD(
      LocalizedText.of(
          "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
          "Head of a specialised agency of the provincial People's Committee")),
  ENTERPRISE_HEAD(
      LocalizedText.of(
          "Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã",
          "General Director or Director of an enterprise or cooperative")),
  PROVINCE_CHAIRMAN(
      LocalizedText.of(
          "Chủ tịch Ủy ban nhân dân cấp tỉnh", "Chairman of the provincial People's Committee")),
  PRIME_MINISTER(LocalizedText.of("Thủ tướng Chính phủ", "Prime Minister")),
  PRESIDENT(LocalizedText.of("Chủ tịch nước", "State President"));

  private final LocalizedText label;

  Office(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
