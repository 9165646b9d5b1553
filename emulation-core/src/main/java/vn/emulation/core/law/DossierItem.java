package vn.emulation.core.law;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A document a form's dossier holds (Law art. 84): the submission, the achievement report, the
 * minutes. Immutable and thread-safe.
 *
 * @param code the rule set's code for it
 * @param name what it is
 * @param conditional whether it is required only where the case has it (the certification of an
 *     initiative, of a sudden achievement)
 * @param citation the provision that asks for it
 */
public record DossierItem(String code, LocalizedText name, boolean conditional, Citation citation) {

  public DossierItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(citation, "citation");
  }
}
