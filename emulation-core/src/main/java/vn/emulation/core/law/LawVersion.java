package vn.emulation.core.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the law as they stand for a run of days: the legal texts in force then, the forms,
 * the exclusions, the types of award that are no basis for a higher one, and the rule of one
 * achievement, one award. A new decree makes a new version from the day it takes effect (Decree
 * 152/2025 from 1 July 2025), so a question about a day is answered by the rules of that day.
 * Immutable and thread-safe; built and checked through {@link LawRuleSetBuilder}.
 *
 * @param number the version's number, from 1, in the order of the days
 * @param effectiveFrom its first day
 * @param effectiveTo its last day; {@code null} while no later version is known
 * @param texts the legal texts it encodes
 * @param forms the award forms it knows
 * @param exclusions the grounds that exclude a case while they last
 * @param nonBasis the types of award that do not count as an earlier form
 * @param oneAward the rule of one achievement, one award
 */
public record LawVersion(
    int number,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<LegalText> texts,
    List<FormRule> forms,
    List<Exclusion> exclusions,
    NonBasis nonBasis,
    OneAchievementOneAward oneAward) {

  public LawVersion {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    texts = List.copyOf(texts);
    forms = List.copyOf(forms);
    exclusions = List.copyOf(exclusions);
    Objects.requireNonNull(nonBasis, "nonBasis");
    Objects.requireNonNull(oneAward, "oneAward");
  }

  /** Whether the version governs {@code day}. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
  }

  public Optional<FormRule> form(String code) {
    return forms.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<LegalText> text(String code) {
    return texts.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * A citation as a verdict quotes it: the provision and the text it belongs to ("Điều 74 khoản 1
   * điểm d, Luật Thi đua, khen thưởng số 06/2022/QH15").
   */
  public String quote(Citation citation) {
    return citation.provision() + text(citation.text()).map(t -> ", " + t.reference()).orElse("");
  }
}
