package vn.emulation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanBuilder;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/**
 * Participant-evaluations per second of the {@link Evaluator} against the full Rạch Giá plan, on
 * the final-review occasion (all four award forms), beside {@link HandLoop} over the same
 * participants. One thread: the target is per core. Setup checks that both give the same outcome
 * for every participant and form, so the two figures measure the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class EvaluatorBenchmark {

  static final int N = 10_000;
  static final String OCCASION = "FINAL-2025";

  /** The contribution norm the benchmark assumes Home Affairs issued, in đồng. */
  @Param({"50000000"})
  long norm;

  Evaluator evaluator;
  SyntheticParticipants data;
  HandLoop hand;
  byte[] handOut;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Plan plan = withParameters(load());
    Occasion occasion = plan.occasion(OCCASION).orElseThrow();
    evaluator = Evaluator.of(plan);
    data = new SyntheticParticipants(plan, evaluator, N, 20221201L);
    hand = new HandLoop(plan, occasion, data);
    handOut = new byte[N * occasion.awardFormCodes().size()];
    checkSameOutcomes();
  }

  static Plan load() throws IOException {
    try (InputStream in =
        PlanJsonReader.class.getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      return new PlanJsonReader().read(in);
    }
  }

  /** Sets the parameters the seed leaves open: the norm, and "some" = 60% of the listed targets. */
  private Plan withParameters(Plan plan) {
    PlanBuilder b = plan.toBuilder();
    for (Criterion c : plan.criteria()) {
      setParameters(b, c);
    }
    return b.build();
  }

  private void setParameters(PlanBuilder b, Criterion c) {
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(NormCriterion n) {
            b.parameterValue(n.normParameter(), BigDecimal.valueOf(norm));
            return null;
          }

          @Override
          public Void visit(TargetAttainmentCriterion t) {
            if (t.minimumMetParameter() != null) {
              int some = (int) Math.ceil(t.indicatorCodes().size() * 0.6);
              b.parameterValue(t.minimumMetParameter(), BigDecimal.valueOf(some));
            }
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            any.alternatives().forEach(a -> setParameters(b, a));
            return null;
          }

          @Override
          public Void visit(DeclarationCriterion d) {
            return null;
          }

          @Override
          public Void visit(RegisteredPlanCriterion r) {
            return null;
          }

          @Override
          public Void visit(CountCriterion n) {
            return null;
          }
        });
  }

  private void checkSameOutcomes() {
    int[] tally = new int[3];
    for (int p = 0; p < N; p++) {
      Evaluation e = evaluator.evaluate(data.participants[p], OCCASION, data.evidence[p]);
      byte[] mine = new byte[8];
      int forms = hand.evaluate(data, p, mine, 0);
      if (forms != e.awardForms().size()) {
        throw new IllegalStateException("participant " + p + ": form counts differ");
      }
      for (int f = 0; f < forms; f++) {
        Outcome o = e.outcome(e.awardForms().get(f).code()).orElseThrow();
        if (o.ordinal() != mine[f]) {
          throw new IllegalStateException(
              "participant "
                  + p
                  + " form "
                  + f
                  + ": evaluator "
                  + o
                  + ", hand loop "
                  + HandLoop.names().get(mine[f]));
        }
        tally[o.ordinal()]++;
      }
    }
    System.out.println(
        "\nsame outcomes for "
            + N
            + " participants; eligible/not/incomplete = "
            + Arrays.toString(tally));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void evaluator(Blackhole bh) {
    Evaluator ev = evaluator;
    for (int p = 0; p < N; p++) {
      bh.consume(ev.evaluate(data.participants[p], OCCASION, data.evidence[p]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void handLoop(Blackhole bh) {
    byte[] out = handOut;
    int offset = 0;
    for (int p = 0; p < N; p++) {
      offset += hand.evaluate(data, p, out, offset);
    }
    bh.consume(out);
  }

  /** Explanations are built on demand; this is what reading one participant's verdicts costs. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void evaluatorWithExplanations(Blackhole bh) {
    for (int p = 0; p < N; p++) {
      bh.consume(evaluator.evaluate(data.participants[p], OCCASION, data.evidence[p]).verdicts());
    }
  }
}
