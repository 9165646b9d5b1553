package vn.emulation.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.LocalizedText;

class CriterionTest {

  private static final LocalizedText NAME =
      LocalizedText.of("Chấp hành tốt chủ trương", "Complies with policy");

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void rejectsBlankCode(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DeclarationCriterion(code, NAME, Set.of(), false))
        .withMessageContaining("was: " + code);
  }

  @Test
  void rejectsMissingName() {
    assertThatNullPointerException()
        .isThrownBy(() -> new DeclarationCriterion("CHAP-HANH", null, Set.of(), false))
        .withMessageContaining("CHAP-HANH");
  }

  @Test
  void criterionWithoutCategoriesIsGeneral() {
    Criterion general = new DeclarationCriterion("CHAP-HANH", NAME, Set.of(), false);
    Criterion wardsOnly =
        new RegisteredPlanCriterion("KE-HOACH", NAME, Set.of("UBND-PHUONG"), "DANG-KY");

    assertThat(general.isGeneral()).isTrue();
    assertThat(general.appliesTo("CAN-BO")).isTrue();
    assertThat(wardsOnly.isGeneral()).isFalse();
    assertThat(wardsOnly.appliesTo("UBND-PHUONG")).isTrue();
    assertThat(wardsOnly.appliesTo("CAN-BO")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void countNeedsAPositiveMinimum(int minimum) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CountCriterion("SANG-KIEN", NAME, Set.of(), "sang-kien", minimum))
        .withMessageContaining(String.valueOf(minimum));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void countAndNormNeedAFactKey(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CountCriterion("SANG-KIEN", NAME, Set.of(), key, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NormCriterion("DONG-GOP", NAME, Set.of(), key, "DINH-MUC"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NormCriterion("DONG-GOP", NAME, Set.of(), "dong-gop", key));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RegisteredPlanCriterion("KE-HOACH", NAME, Set.of(), key));
  }

  @Test
  void attainmentNamesAtLeastOneIndicator() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new TargetAttainmentCriterion("MT", NAME, Set.of(), List.of(), null, null))
        .withMessageContaining("MT");
  }

  @Test
  void attainmentGivesKOnlyOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new TargetAttainmentCriterion(
                    "MT", NAME, Set.of(), List.of("G1", "G3"), 1, "SO-MUC-TIEU"));
  }

  @Test
  void attainmentRequiresAllWhenNoKIsGiven() {
    assertThat(
            new TargetAttainmentCriterion("MT", NAME, Set.of(), List.of("G1"), null, null)
                .requiresAll())
        .isTrue();
    assertThat(
            new TargetAttainmentCriterion("MT", NAME, Set.of(), List.of("G1"), 1, null)
                .requiresAll())
        .isFalse();
    assertThat(
            new TargetAttainmentCriterion("MT", NAME, Set.of(), List.of("G1"), null, "K")
                .requiresAll())
        .isFalse();
  }

  @Test
  void anyOfNeedsTwoAlternatives() {
    Criterion one = new CountCriterion("SANG-KIEN", NAME, Set.of(), "sang-kien", 1);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AnyOfCriterion("CA-NHAN", NAME, Set.of(), List.of(one)))
        .withMessageContaining("CA-NHAN");
  }

  @Test
  void criteriaAreValues() {
    assertThat(new DeclarationCriterion("CHAP-HANH", NAME, Set.of("A", "B"), true))
        .isEqualTo(new DeclarationCriterion("CHAP-HANH", NAME, Set.of("B", "A"), true))
        .hasSameHashCodeAs(new DeclarationCriterion("CHAP-HANH", NAME, Set.of("B", "A"), true))
        .isNotEqualTo(new DeclarationCriterion("CHAP-HANH", NAME, Set.of("A", "B"), false));
  }

  /** Names the kind it visits: each criterion must land in its own method. */
  private static final Criterion.Visitor<String> KIND =
      new Criterion.Visitor<>() {
        @Override
        public String visit(DeclarationCriterion c) {
          return "declaration " + c.code();
        }

        @Override
        public String visit(RegisteredPlanCriterion c) {
          return "registration " + c.deadlineCode();
        }

        @Override
        public String visit(TargetAttainmentCriterion c) {
          return "targets " + c.indicatorCodes();
        }

        @Override
        public String visit(NormCriterion c) {
          return "norm " + c.normParameter();
        }

        @Override
        public String visit(CountCriterion c) {
          return "count " + c.factKey();
        }

        @Override
        public String visit(AnyOfCriterion c) {
          return "any of " + c.alternatives().size();
        }
      };

  @Test
  void eachKindIsVisitedInItsOwnMethod() {
    Criterion declaration = new DeclarationCriterion("CHAP-HANH", NAME, Set.of(), false);
    Criterion count = new CountCriterion("SANG-KIEN", NAME, Set.of(), "sangKien", 1);
    List<Criterion> all =
        List.of(
            declaration,
            new RegisteredPlanCriterion("KE-HOACH", NAME, Set.of(), "DANG-KY"),
            new TargetAttainmentCriterion("MT", NAME, Set.of(), List.of("G1", "G2"), null, null),
            new NormCriterion("DONG-GOP", NAME, Set.of(), "dongGop", "DINH-MUC"),
            count,
            new AnyOfCriterion("MOT-TRONG", NAME, Set.of(), List.of(declaration, count)));

    assertThat(all)
        .extracting(c -> c.accept(KIND))
        .containsExactly(
            "declaration CHAP-HANH",
            "registration DANG-KY",
            "targets [G1, G2]",
            "norm DINH-MUC",
            "count sangKien",
            "any of 2");
  }

  @Test
  void onlyAnAnyOfHasAlternatives() {
    Criterion declaration = new DeclarationCriterion("CHAP-HANH", NAME, Set.of(), false);
    Criterion count = new CountCriterion("SANG-KIEN", NAME, Set.of(), "sangKien", 1);

    assertThat(
            Criterion.alternativesOf(
                new AnyOfCriterion("MOT-TRONG", NAME, Set.of(), List.of(declaration, count))))
        .containsExactly(declaration, count);
    assertThat(Criterion.alternativesOf(declaration)).isEmpty();
    assertThat(Criterion.alternativesOf(count)).isEmpty();
  }
}
