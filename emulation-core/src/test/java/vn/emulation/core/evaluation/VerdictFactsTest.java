package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.TestPlans.anyOf;
import static vn.emulation.core.TestPlans.attainment;
import static vn.emulation.core.TestPlans.count;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.norm;
import static vn.emulation.core.TestPlans.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.AttainmentStatus;

/**
 * A verdict kept as the facts it was decided on, and its explanation written again from them: the
 * same record as the live verdict's, for every kind of criterion and any evidence, without
 * evaluating again.
 */
class VerdictFactsTest {

  private static final List<String> INDICATORS = TestPlans.INDICATORS;

  /** Every kind of criterion; the parameters (k of n, the norm) as given. */
  private static Plan plan(boolean parametersSet) {
    Plan plan =
        TestPlans.withCriteria(
            declaration("CHAP-HANH", false),
            declaration("DANG", true),
            registered("KE-HOACH"),
            attainment("MUC-TIEU", null, TestPlans.SOME, INDICATORS),
            attainment("HAI-MUC-TIEU", 2, null, INDICATORS.subList(0, 3)),
            norm("DONG-GOP", "dong-gop"),
            count("SANG-KIEN", "sang-kien", 2),
            anyOf(
                "MOT-TRONG",
                count("BAI-BAO", "bai-bao", 1),
                declaration("GUONG", false),
                norm("UNG-HO", "ung-ho")));
    if (parametersSet) {
      plan = TestPlans.withParameter(plan, TestPlans.SOME, 4);
      plan = TestPlans.withParameter(plan, TestPlans.NORM, 50_000_000);
    }
    return plan;
  }

  /** Random but plausible evidence: each fact given or not, each value either way. */
  private static Evidence evidence(Evaluator evaluator, Random r) {
    Evidence.Builder e = evaluator.evidence();
    for (String d : List.of("CHAP-HANH", "DANG", "GUONG")) {
      if (r.nextInt(5) > 0) {
        e.answer(
            d,
            Answer.values()[r.nextInt(Answer.values().length)],
            r.nextBoolean() ? null : "BC-" + r.nextInt(100) + "; số 1, (bản sao) = 100% đạt\n");
      }
    }
    switch (r.nextInt(3)) {
      case 0 -> e.registeredOn(LocalDate.of(2023, 1, 1).plusDays(r.nextInt(60)));
      case 1 -> e.notRegistered();
      default -> {}
    }
    for (String i : INDICATORS) {
      e.attainment(i, AttainmentStatus.values()[r.nextInt(AttainmentStatus.values().length)]);
    }
    for (String a : List.of("dong-gop", "ung-ho")) {
      if (r.nextBoolean()) {
        e.amount(a, r.nextInt(100) * 1_000_000L);
      }
    }
    for (String c : List.of("sang-kien", "bai-bao")) {
      if (r.nextBoolean()) {
        e.count(c, r.nextInt(4));
      }
    }
    return e.build();
  }

  @Test
  void theExplanationWrittenFromStoredFactsIsTheLiveVerdictsRecord() {
    Random r = new Random(20261201L);
    int verdicts = 0;
    List<Outcome> seen = new ArrayList<>();
    for (boolean set : new boolean[] {false, true}) {
      Evaluator evaluator = Evaluator.of(plan(set));
      for (int i = 0; i < 400; i++) {
        Participant who = i % 2 == 0 ? TestPlans.ward() : TestPlans.official();
        Evaluation evaluation = evaluator.evaluate(who, TestPlans.OCCASION, evidence(evaluator, r));
        List<Verdict> live = evaluation.verdicts();
        List<VerdictFacts> kept = evaluation.facts();
        assertThat(kept).hasSameSizeAs(live);
        for (int v = 0; v < live.size(); v++) {
          VerdictFacts facts = kept.get(v);
          // as stored: the text and read back
          VerdictFacts read =
              VerdictFacts.read(facts.awardFormCode(), facts.outcome(), facts.criteriaText());
          assertThat(read).isEqualTo(facts);
          assertThat(evaluator.explain(who.id(), TestPlans.OCCASION, read))
              .isEqualTo(VerdictRecord.of(live.get(v)));
          seen.add(facts.outcome());
          verdicts++;
        }
      }
    }
    assertThat(verdicts).isEqualTo(1200); // wards get both forms, officials one
    assertThat(seen).contains(Outcome.values());
  }

  @Test
  void theFactsAreTheFiguresComparedInAFewBytes() {
    Plan plan = TestPlans.withParameter(plan(false), TestPlans.NORM, 50_000_000);
    Evaluator evaluator = Evaluator.of(plan);
    Evidence e =
        evaluator
            .evidence()
            .answer("CHAP-HANH", Answer.YES, "BC-01")
            .answer("DANG", Answer.NOT_APPLICABLE, null)
            .registeredOn(LocalDate.of(2023, 1, 20))
            .attainment("G1", AttainmentStatus.MET)
            .attainment("G3", AttainmentStatus.NOT_MET)
            .attainment("G6", AttainmentStatus.INCOMPLETE)
            .amount("dong-gop", 75_000_000)
            .count("sang-kien", 3)
            .build();

    VerdictFacts facts = evaluator.evaluate(TestPlans.ward(), TestPlans.OCCASION, e).facts().get(0);

    assertThat(facts.criteriaText())
        .isEqualTo(
            "CHAP-HANH=M,M,BC-01;DANG=X,X;KE-HOACH=M,2023-01-20,2023-01-31;"
                + "MUC-TIEU=U,?,2023,MNIUUU;HAI-MUC-TIEU=U,2,2023,MNI;DONG-GOP=M,75000000,50000000;"
                + "SANG-KIEN=M,3,2;MOT-TRONG=U(BAI-BAO=U,?,1;GUONG=U,U;UNG-HO=U,?,50000000)");
    assertThat(facts.outcome()).isEqualTo(Outcome.INCOMPLETE);
  }

  @Test
  void storedFactsAreNeverEvaluatedAgain() {
    Plan plan = plan(true);
    Evaluator evaluator = Evaluator.of(plan);
    // as a run kept it: 1 initiative recorded, yet the criterion came out met then
    VerdictFacts kept =
        VerdictFacts.read(TestPlans.FORM, Outcome.ELIGIBLE, "SANG-KIEN=M,1,2;DONG-GOP=M,?,40");

    VerdictRecord record = evaluator.explain("p", TestPlans.OCCASION, kept);

    assertThat(record.results())
        .extracting(CriterionRecord::status)
        .containsExactly(CriterionStatus.MET, CriterionStatus.MET);
    assertThat(record.results().get(0).explanation().en())
        .isEqualTo("1 recorded, at least 2 required");
    assertThat(record.results().get(1).explanation().en())
        .isEqualTo("No contribution recorded (norm VND 40)");
    assertThat(record.blockers()).isEmpty();
    assertThat(record.awardFormName())
        .isEqualTo(plan.awardForm(TestPlans.FORM).orElseThrow().name());
  }

  @Test
  void blockersAreTheStoredStatusesThatDecideTheStoredOutcome() {
    Evaluator evaluator = Evaluator.of(plan(true));

    VerdictRecord notEligible =
        evaluator.explain(
            "p",
            TestPlans.OCCASION,
            VerdictFacts.read(
                TestPlans.FORM,
                Outcome.NOT_ELIGIBLE,
                "SANG-KIEN=N,0,2;DONG-GOP=U,?,50;CHAP-HANH=N,N"));
    VerdictRecord incomplete =
        evaluator.explain(
            "p",
            TestPlans.OCCASION,
            VerdictFacts.read(
                TestPlans.FORM, Outcome.INCOMPLETE, "SANG-KIEN=M,3,2;DONG-GOP=U,?,50"));

    assertThat(notEligible.blockers()).containsExactly("SANG-KIEN", "CHAP-HANH");
    assertThat(incomplete.blockers()).containsExactly("DONG-GOP");
  }

  @Test
  void anyTextRoundTripsThroughTheLine() {
    String odd = "a;b,c=d(e)f%g\nh\u0000 Đạt 100% ✓";
    VerdictFacts facts =
        new VerdictFacts(
            "F",
            Outcome.ELIGIBLE,
            List.of(
                CriterionFacts.of("X;1", CriterionStatus.NOT_APPLICABLE, List.of(odd, "", "?")),
                new CriterionFacts(
                    "ANY",
                    CriterionStatus.MET,
                    List.of(),
                    List.of(CriterionFacts.of("B", CriterionStatus.MET, List.of())))));

    assertThat(VerdictFacts.read("F", Outcome.ELIGIBLE, facts.criteriaText())).isEqualTo(facts);
    assertThat(VerdictFacts.read("F", Outcome.ELIGIBLE, "").criteria()).isEmpty();
  }

  @Test
  void whatDoesNotReadIsRefusedAndNamed() {
    Evaluator evaluator = Evaluator.of(plan(true));

    for (String broken : List.of("A", "A=Q", "A=M(B=M", "A=M,%zz", "A=M)", "=M")) {
      assertThatThrownBy(() -> VerdictFacts.read("F", Outcome.ELIGIBLE, broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("do not read");
    }
    assertThatThrownBy(
            () ->
                evaluator.explain(
                    "p",
                    TestPlans.OCCASION,
                    VerdictFacts.read(TestPlans.FORM, Outcome.ELIGIBLE, "NO-SUCH=M")))
        .isInstanceOf(UnknownPlanElementException.class)
        .hasMessageContaining("NO-SUCH");
    assertThatThrownBy(
            () ->
                evaluator.explain(
                    "p",
                    TestPlans.OCCASION,
                    VerdictFacts.read(TestPlans.FORM, Outcome.ELIGIBLE, "SANG-KIEN=M,many,2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SANG-KIEN");
    assertThatThrownBy(
            () ->
                evaluator.explain(
                    "p", TestPlans.OCCASION, VerdictFacts.read("NO-FORM", Outcome.ELIGIBLE, "")))
        .isInstanceOf(UnknownPlanElementException.class);
  }
}
