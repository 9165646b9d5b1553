package vn.emulation.jakarta.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;

/**
 * The facts a plan asks of a participant category, read from its criteria (alternatives included):
 * which declarations it answers, which counts and which amounts it reports. Package-private.
 */
final class Facts {

  static final String EXCELLENT = "PROV-EXCELLENT";

  /** The typical contribution the province's Bằng khen asks for at the reviews (IV.2 b, c). */
  static final String TYPICAL = "PROV-TYPICAL-CONTRIBUTION";

  static final String NO_VIOLATION = "GEN-NO-VIOLATION";

  /** Participants that already hold a Prime Minister's Bằng khen (demo choice). */
  static final Set<String> PRIME_MINISTER_HONOURED = Set.of("health-ttyt-rach-gia");

  enum Kind {
    DECLARATION,
    COUNT,
    AMOUNT
  }

  /**
   * One fact.
   *
   * @param kind what sort of fact
   * @param key the criterion code (declarations) or the fact key (counts, amounts)
   * @param general whether it comes from a general criterion
   * @param notApplicable whether "not applicable" is the true answer for this category (a condition
   *     that may not apply, asked of an individual or a household)
   * @param firstSpecific whether it is the first category-specific declaration
   * @param secondAlternative whether it is a later alternative of an any-of criterion
   */
  record Fact(
      Kind kind,
      String key,
      boolean general,
      boolean notApplicable,
      boolean firstSpecific,
      boolean secondAlternative) {}

  private Facts() {}

  static List<Fact> of(Plan plan, String categoryCode) {
    boolean withoutOrganisation =
        "HOUSEHOLDS".equals(categoryCode)
            || plan.category(categoryCode)
                .map(c -> c.kind() == ParticipantKind.INDIVIDUAL)
                .orElse(false);
    List<Fact> facts = new ArrayList<>();
    for (Criterion c : plan.criteria()) {
      if (c.appliesTo(categoryCode)) {
        add(facts, c, c.isGeneral(), false, withoutOrganisation);
      }
    }
    return facts;
  }

  private static void add(
      List<Fact> facts, Criterion c, boolean general, boolean later, boolean withoutOrganisation) {
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(DeclarationCriterion d) {
            boolean first =
                !general
                    && facts.stream().noneMatch(f -> f.kind() == Kind.DECLARATION && !f.general());
            facts.add(
                new Fact(
                    Kind.DECLARATION,
                    d.code(),
                    general,
                    d.mayNotApply() && withoutOrganisation,
                    first,
                    later));
            return null;
          }

          @Override
          public Void visit(CountCriterion n) {
            addOnce(facts, new Fact(Kind.COUNT, n.factKey(), general, false, false, later));
            return null;
          }

          @Override
          public Void visit(NormCriterion n) {
            addOnce(facts, new Fact(Kind.AMOUNT, n.factKey(), general, false, false, later));
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            for (int i = 0; i < any.alternatives().size(); i++) {
              add(facts, any.alternatives().get(i), general, later || i > 0, withoutOrganisation);
            }
            return null;
          }

          // a registration and an attainment are no facts a participant states
          @Override
          public Void visit(RegisteredPlanCriterion r) {
            return null;
          }

          @Override
          public Void visit(TargetAttainmentCriterion t) {
            return null;
          }
        });
  }

  private static void addOnce(List<Fact> facts, Fact fact) {
    if (facts.stream().noneMatch(f -> f.kind() == fact.kind() && f.key().equals(fact.key()))) {
      facts.add(fact);
    }
  }
}
