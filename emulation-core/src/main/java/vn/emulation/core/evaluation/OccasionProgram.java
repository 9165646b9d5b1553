package vn.emulation.core.evaluation;

import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;

/**
 * An occasion compiled for evaluation: for each participant category, which award forms it can
 * receive and which compiled checks each form needs.
 */
final class OccasionProgram {

  final Occasion occasion;
  final Check[] checks;

  /** [category][i] = index into {@code forms} of the i-th form offered to that category. */
  final int[][] formsByCategory;

  /** [category][i] = the check indices the i-th form offered to that category needs. */
  final int[][][] checksByCategoryForm;

  /** [category] = every check index any offered form needs, each once. */
  final int[][] neededByCategory;

  final AwardForm[] forms;

  OccasionProgram(
      Occasion occasion,
      Check[] checks,
      AwardForm[] forms,
      int[][] formsByCategory,
      int[][][] checksByCategoryForm,
      int[][] neededByCategory) {
    this.occasion = occasion;
    this.checks = checks;
    this.forms = forms;
    this.formsByCategory = formsByCategory;
    this.checksByCategoryForm = checksByCategoryForm;
    this.neededByCategory = neededByCategory;
  }
}
