package vn.emulation.core.law;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A legal text a version of the rule set encodes: the Law 06/2022/QH15, a decree guiding it.
 * Immutable and thread-safe.
 *
 * @param code the rule set's code for it (LAW_06_2022)
 * @param reference its number as cited (Luật Thi đua, khen thưởng số 06/2022/QH15)
 * @param title what it is about
 * @param effectiveFrom the first day it is in force
 * @param effectiveTo the last day it is in force; {@code null} while it is not repealed
 */
public record LegalText(
    String code,
    String reference,
    LocalizedText title,
    LocalDate effectiveFrom,
    LocalDate effectiveTo) {

  public LegalText {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }

  /** Whether it is in force on {@code day}. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
  }
}
