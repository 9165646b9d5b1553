package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;

/**
 * Whether a participant meets a form's prerequisites from history on a day, under the version of
 * the law in force then: not met when the form is not for it or an open case excludes it; else as
 * its conditions say. Immutable.
 *
 * @param form the form
 * @param participantId who was checked
 * @param year the year of the achievement proposed
 * @param on the day of the check
 * @param lawVersion the version of the law that answered
 * @param status the outcome
 * @param refusals why the form cannot be considered at all (not for this recipient, excluded)
 * @param conditions the explanation of the conditions; empty when the law sets none
 */
public record PrerequisiteVerdict(
    String form,
    String participantId,
    int year,
    LocalDate on,
    int lawVersion,
    PrerequisiteStatus status,
    List<LocalizedText> refusals,
    Optional<PrerequisiteResult> conditions) {

  public PrerequisiteVerdict {
    refusals = List.copyOf(refusals);
  }

  public boolean met() {
    return status == PrerequisiteStatus.MET;
  }
}
