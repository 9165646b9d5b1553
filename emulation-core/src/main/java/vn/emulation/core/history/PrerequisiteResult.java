package vn.emulation.core.history;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.Prerequisite;

/**
 * The explanation of one condition: what it asked, what the history holds, whether it is met, and
 * the provision in force that asks for it, with the parts of an all-of or any-of. Immutable.
 *
 * @param path where the condition stands in the form's prerequisites ({@code alternatives[1]})
 * @param condition the condition
 * @param status met, not met, or for the appraiser
 * @param explanation what it asked and what was found
 * @param citation its provision
 * @param cites the provision and the text, as a verdict quotes them
 * @param parts the explanations of its parts
 */
public record PrerequisiteResult(
    String path,
    Prerequisite condition,
    PrerequisiteStatus status,
    LocalizedText explanation,
    Citation citation,
    String cites,
    List<PrerequisiteResult> parts) {

  public PrerequisiteResult {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
    parts = List.copyOf(parts);
  }
}
