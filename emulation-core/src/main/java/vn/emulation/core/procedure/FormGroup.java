package vn.emulation.core.procedure;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.law.Office;

/**
 * The approved nominees of one award form in a submission, and whether the office the submission
 * goes to may decide that form on the day of the submission ({@code LawRuleSet.mayDecide}); when
 * not, the offices that may, to whom it is proposed. Immutable.
 *
 * @param form the rule set's code of the form
 * @param nominees the approved nominees for it, in the order of the minutes
 * @param withinAuthority whether the submission's office may decide it
 * @param deciders the offices the law in force on the day gives the power to decide it
 */
public record FormGroup(
    String form, List<Nominee> nominees, boolean withinAuthority, List<Office> deciders) {

  public FormGroup {
    Objects.requireNonNull(form, "form");
    nominees = List.copyOf(nominees);
    deciders = List.copyOf(deciders);
  }
}
