package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/**
 * An emulation title (danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua cơ sở), recognised
 * for a year, or a form of commendation (hình thức khen thưởng: Giấy khen, Bằng khen, Huân chương).
 */
public enum FormKind {
  TITLE(LocalizedText.of("Danh hiệu thi đua", "Emulation title")),
  COMMENDATION(LocalizedText.of("Hình thức khen thưởng", "Form of commendation"));

  private final LocalizedText label;

  FormKind(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
