package vn.emulation.core.criteria;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

final class CriterionChecks {

  private CriterionChecks() {}

  static void require(String code, LocalizedText name) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a criterion code must not be blank, was: " + code);
    }
    Objects.requireNonNull(name, "name of criterion " + code);
  }

  static void requireKey(String code, String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("criterion " + code + " needs a fact key, was: " + key);
    }
  }
}
