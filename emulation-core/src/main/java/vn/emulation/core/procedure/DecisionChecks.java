package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;

/** The checks of a decision on a submission's form that need the law or the form's nominees. */
final class DecisionChecks {

  private DecisionChecks() {}

  /** The form's rule on the day of the decision, when the office may still decide it then. */
  static Optional<FormRule> ruleOn(
      LawRuleSet law, Office office, String form, LocalDate day, ProblemCollector problems) {
    try {
      FormRule r = law.formOn(form, day);
      if (!law.mayDecide(office, form, day)) {
        problems.add(
            "decidedOn",
            Messages.text(
                "procedure.decision.noLongerAuthorised",
                office.label().vi(),
                form,
                day,
                office.label().en()));
        return Optional.empty();
      }
      return Optional.of(r);
    } catch (LawNotInForceException e) {
      problems.add("decidedOn", e.reason());
      return Optional.empty();
    }
  }

  static List<Nominee> awardees(
      Optional<FormGroup> group, List<String> ids, ProblemCollector problems) {
    if (ids.isEmpty()) {
      problems.add("awardees", Messages.text("procedure.decision.noAwardees"));
    }
    List<Nominee> awarded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String path = "awardees[" + i + "]";
      String nid = ids.get(i);
      Optional<Nominee> n =
          group.flatMap(
              g -> g.nominees().stream().filter(x -> x.nominationId().equals(nid)).findFirst());
      if (!seen.add(nid)) {
        problems.add(path, Messages.text("procedure.decision.awardeeTwice", nid));
      } else if (group.isPresent() && n.isEmpty()) {
        problems.add(
            path, Messages.text("procedure.decision.notANominee", nid, group.get().form()));
      } else {
        n.ifPresent(awarded::add);
      }
    }
    return awarded;
  }
}
