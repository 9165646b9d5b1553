package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.participant.ParticipantKind;

/**
 * A plan's award forms held to the law's forms they say they are (ADR 0044): the city's Giấy khen
 * is the law's GIAY_KHEN. A form naming a law form must name one that every version of the law in
 * force during the plan's period knows, and that law form must be for each kind of recipient the
 * plan gives its form to (a form the law gives only to individuals cannot be the plan's form for
 * collectives). Every problem is reported, at {@code awardForms[i].lawForm} and {@code
 * awardForms[i].recipients}, the paths of the plan file. Stateless.
 */
public final class PlanLawForms {

  private PlanLawForms() {}

  /**
   * Adds to {@code problems} every award form of {@code forms} whose law form is unknown to the law
   * in force during {@code period}, or not for the recipients the plan gives the form to.
   *
   * @param forms the plan's award forms, in the plan file's order
   */
  public static void check(
      YearPeriod period, List<AwardForm> forms, LawRuleSet law, ProblemCollector problems) {
    LocalDate first = LocalDate.of(period.first(), 1, 1);
    LocalDate last = LocalDate.of(period.last(), 12, 31);
    List<LawVersion> during =
        law.versions().stream()
            .filter(
                v ->
                    !v.effectiveFrom().isAfter(last)
                        && (v.effectiveTo() == null || !v.effectiveTo().isBefore(first)))
            .toList();
    for (int i = 0; i < forms.size(); i++) {
      AwardForm form = forms.get(i);
      Optional<String> code = form.lawFormIfAny();
      if (code.isEmpty()) {
        continue;
      }
      String path = "awardForms[" + i + "]";
      List<Optional<FormRule>> rules = during.stream().map(v -> v.form(code.get())).toList();
      if (rules.isEmpty() || rules.stream().anyMatch(Optional::isEmpty)) {
        problems.add(
            path + ".lawForm",
            Messages.text("plan.lawForm.unknown", code.get(), law.code(), period));
        continue;
      }
      for (ParticipantKind kind : ParticipantKind.values()) {
        if (!form.isFor(kind)) {
          continue;
        }
        Optional<FormRule> refusing =
            rules.stream().flatMap(Optional::stream).filter(r -> !isFor(r, kind)).findFirst();
        refusing.ifPresent(
            r ->
                problems.add(
                    path + ".recipients",
                    Messages.text(
                        "plan.lawForm.notForRecipient",
                        form.code(),
                        code.get(),
                        kind.label().vi(),
                        r.basis().provision(),
                        kind.label().en())));
      }
    }
  }

  /**
   * Whether the law's form may go to a plan's participant of {@code kind}: a plan's collective is
   * the law's collective or, by its category, a household.
   */
  private static boolean isFor(FormRule rule, ParticipantKind kind) {
    return switch (kind) {
      case INDIVIDUAL -> rule.isFor(Recipient.INDIVIDUAL);
      case COLLECTIVE -> rule.isFor(Recipient.COLLECTIVE) || rule.isFor(Recipient.HOUSEHOLD);
    };
  }
}
