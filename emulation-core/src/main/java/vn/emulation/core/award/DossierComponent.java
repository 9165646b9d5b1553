package vn.emulation.core.award;

import vn.emulation.core.common.LocalizedText;

/**
 * A document a nomination dossier must contain (section V.1): the proposal letter with its list,
 * the council's minutes, each nominee's achievement report. Immutable.
 *
 * @param code the plan's code for it
 * @param name what it is
 */
public record DossierComponent(String code, LocalizedText name) {

  public DossierComponent {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a dossier component code must not be blank: " + code);
    }
    java.util.Objects.requireNonNull(name, "name");
  }
}
