package vn.emulation.core.procedure.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.DossierItem;
import vn.emulation.core.law.DossierRule;
import vn.emulation.core.law.LawRuleSet;

/**
 * What a nomination's dossier must hold on a day: the documents of the law in force then ({@link
 * LawRuleSet#dossierOn}), in how many sets, and whether their electronic files (Word and PDF) go
 * with them. The number of sets is the law's where it sets one (Decree 98/2023 art. 42 and MOHA's
 * procedures under Decree 152/2025: one original set for the Prime Minister's Bằng khen, whatever
 * the five sets of the plan, written under Decree 91/2017); where the law leaves it to the province
 * (Decree 152/2025 art. 6.2.c) the plan's own number governs (section V.2). Immutable.
 *
 * @param day the day it applies to
 * @param lawFormCode the law's form
 * @param items the documents, in the law's order; conditional ones only where the case has them
 * @param sets the number of sets required
 * @param setsFromLaw whether the law sets that number (else the plan does)
 * @param electronicFiles whether each document needs its Word and PDF files
 * @param citation the provision that sets the sets, or says who does
 */
public record DossierRequirement(
    LocalDate day,
    String lawFormCode,
    List<DossierItem> items,
    int sets,
    boolean setsFromLaw,
    boolean electronicFiles,
    Citation citation) {

  public DossierRequirement {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(lawFormCode, "lawFormCode");
    items = List.copyOf(items);
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * The requirement for {@code lawFormCode} on {@code day}, with the plan's form {@code planForm}
   * giving the sets where the law sets none.
   *
   * @throws vn.emulation.core.law.LawNotInForceException when no version of the law governs the day
   *     or it has no such form: the rule set does not encode the 2003 law, so a day before 1
   *     January 2024 has no answer here (ADR 0032)
   */
  public static DossierRequirement on(
      LawRuleSet law, String lawFormCode, LocalDate day, AwardForm planForm) {
    DossierRule rule = law.dossierOn(lawFormCode, day);
    boolean fromLaw = rule.setsRequired().isPresent();
    return new DossierRequirement(
        day,
        lawFormCode,
        rule.items(),
        fromLaw ? rule.setsRequired().getAsInt() : planForm.copies(),
        fromLaw,
        rule.electronicFiles(),
        rule.citation());
  }

  /** The items every dossier must hold. */
  public List<DossierItem> requiredItems() {
    return items.stream().filter(i -> !i.conditional()).toList();
  }
}
