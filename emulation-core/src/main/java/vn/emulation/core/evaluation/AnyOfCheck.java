package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.AnyOfCriterion;

final class AnyOfCheck extends Check {

  private final Check[] alternatives;

  AnyOfCheck(AnyOfCriterion criterion, Check[] alternatives) {
    super(criterion);
    this.alternatives = alternatives;
  }

  @Override
  byte test(Evidence e) {
    boolean open = false;
    for (Check c : alternatives) {
      byte s = c.test(e);
      if (s == CriterionStatus.MET_CODE || s == CriterionStatus.NOT_APPLICABLE_CODE) {
        return CriterionStatus.MET_CODE;
      }
      open |= s == CriterionStatus.UNDECIDED_CODE;
    }
    return open ? CriterionStatus.UNDECIDED_CODE : CriterionStatus.NOT_MET_CODE;
  }

  @Override
  List<String> figures(Evidence e) {
    return List.of();
  }

  /** The status and each alternative's own facts, its status among them. */
  @Override
  CriterionFacts facts(Evidence e) {
    List<CriterionFacts> each = new ArrayList<>(alternatives.length);
    for (Check c : alternatives) {
      each.add(c.facts(e));
    }
    return new CriterionFacts(criterion.code(), CriterionStatus.of(test(e)), List.of(), each);
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    if (facts.alternatives().size() != alternatives.length) {
      throw facts.unreadable(alternatives.length + " alternatives expected");
    }
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int i = 0; i < alternatives.length; i++) {
      Check c = alternatives[i];
      CriterionFacts f = facts.alternatives().get(i);
      if (!f.code().equals(c.criterion.code())) {
        throw facts.unreadable("alternative " + c.criterion.code() + " expected, not " + f.code());
      }
      CriterionStatus s = f.status();
      LocalizedText why = c.explain(f);
      vi.add(c.criterion.name().vi() + ": " + s.label().vi() + " (" + why.vi() + ")");
      en.add(c.criterion.name().en() + ": " + s.label().en() + " (" + why.en() + ")");
    }
    return Messages.text(
        "evaluation.anyOf.oneSuffices", String.join("; ", vi), String.join("; ", en));
  }
}
