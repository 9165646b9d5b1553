package vn.emulation.core.plan;

import vn.emulation.core.common.LocalizedText;

/**
 * A document the plan implements or rests on ("Căn cứ Kế hoạch số 125/KH-UBND ..."). Immutable.
 *
 * @param reference the document's number and date as cited
 * @param title what it is about
 */
public record LegalBasis(String reference, LocalizedText title) {

  public LegalBasis {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a legal basis needs a reference, was: " + reference);
    }
    java.util.Objects.requireNonNull(title, "title");
  }
}
