package vn.emulation.core.criteria;

import java.util.List;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * A condition for an award. A criterion that names no category is general (tiêu chuẩn chung) and
 * applies to every participant; one that names categories is specific to them (tiêu chuẩn cụ thể).
 */
public sealed interface Criterion
    permits DeclarationCriterion,
        RegisteredPlanCriterion,
        TargetAttainmentCriterion,
        NormCriterion,
        CountCriterion,
        AnyOfCriterion {

  /** The plan's code for it, unique in the plan. */
  String code();

  /** The condition as the plan words it. */
  LocalizedText name();

  /** The participant categories it applies to; empty for a general criterion. */
  Set<String> appliesTo();

  default boolean isGeneral() {
    return appliesTo().isEmpty();
  }

  default boolean appliesTo(String categoryCode) {
    return appliesTo().isEmpty() || appliesTo().contains(categoryCode);
  }

  /**
   * What {@code visitor} makes of this criterion: the one way to tell the kinds apart. A new kind
   * adds a method to {@link Visitor}, so that every place that tells kinds apart fails to compile
   * until it handles it (ADR 19; a pattern switch once the build is on Java 21).
   */
  <R> R accept(Visitor<R> visitor);

  /** The alternatives of an any-of criterion; none for a criterion of any other kind. */
  static List<Criterion> alternativesOf(Criterion criterion) {
    return criterion.accept(
        new Visitor<List<Criterion>>() {
          @Override
          public List<Criterion> visit(AnyOfCriterion any) {
            return any.alternatives();
          }

          @Override
          public List<Criterion> visit(DeclarationCriterion c) {
            return List.of();
          }

          @Override
          public List<Criterion> visit(RegisteredPlanCriterion c) {
            return List.of();
          }

          @Override
          public List<Criterion> visit(TargetAttainmentCriterion c) {
            return List.of();
          }

          @Override
          public List<Criterion> visit(NormCriterion c) {
            return List.of();
          }

          @Override
          public List<Criterion> visit(CountCriterion c) {
            return List.of();
          }
        });
  }

  /**
   * One method per kind of criterion.
   *
   * @param <R> what the visit makes; {@link Void} and {@code null} for a visit for its effect
   */
  interface Visitor<R> {
    R visit(DeclarationCriterion criterion);

    R visit(RegisteredPlanCriterion criterion);

    R visit(TargetAttainmentCriterion criterion);

    R visit(NormCriterion criterion);

    R visit(CountCriterion criterion);

    R visit(AnyOfCriterion criterion);
  }
}
