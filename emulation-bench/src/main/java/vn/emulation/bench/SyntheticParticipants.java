package vn.emulation.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Indicator;

/**
 * N participants spread over every category of a plan, with random but plausible evidence (most
 * declarations confirmed, some missing, some attainments without data), held twice: as core {@link
 * Evidence} and as the primitive arrays the hand loop reads. Same seed, same city.
 */
final class SyntheticParticipants {

  static final byte UNKNOWN = 0;
  static final byte YES = 1;
  static final byte NO = 2;
  static final byte NOT_APPLICABLE = 3;
  static final long NOT_REGISTERED = Long.MAX_VALUE;

  final Map<String, Integer> declarationSlots = new LinkedHashMap<>();
  final Map<String, Integer> countSlots = new LinkedHashMap<>();
  final Map<String, Integer> amountSlots = new LinkedHashMap<>();
  final Map<String, Integer> indicatorSlots = new LinkedHashMap<>();

  final Participant[] participants;
  final Evidence[] evidence;
  final int[] category;
  final byte[][] answers;
  final int[][] counts;
  final long[][] amounts;
  final byte[][] attainments;
  final long[] registeredOn;

  SyntheticParticipants(Plan plan, Evaluator evaluator, int n, long seed) {
    plan.criteria().forEach(this::slot);
    for (Indicator i : plan.indicators()) {
      indicatorSlots.put(i.code(), indicatorSlots.size());
    }
    List<ParticipantCategory> categories = plan.categories();
    participants = new Participant[n];
    evidence = new Evidence[n];
    category = new int[n];
    answers = new byte[n][declarationSlots.size()];
    counts = new int[n][countSlots.size()];
    amounts = new long[n][amountSlots.size()];
    attainments = new byte[n][indicatorSlots.size()];
    registeredOn = new long[n];
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < n; p++) {
      category[p] = p % categories.size();
      ParticipantCategory c = categories.get(category[p]);
      String id = "P" + p;
      participants[p] =
          c.kind() == ParticipantKind.COLLECTIVE
              ? new Collective(id, "Đơn vị " + p, c.code(), "RG-" + (p % 11))
              : new Individual(id, "Nguyễn Văn " + p, c.code(), "RG-" + (p % 11));
      evidence[p] = fill(evaluator.evidence(), p, random).build();
    }
  }

  private void slot(Criterion c) {
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(DeclarationCriterion d) {
            declarationSlots.putIfAbsent(d.code(), declarationSlots.size());
            return null;
          }

          @Override
          public Void visit(CountCriterion count) {
            countSlots.putIfAbsent(count.factKey(), countSlots.size());
            return null;
          }

          @Override
          public Void visit(NormCriterion norm) {
            amountSlots.putIfAbsent(norm.factKey(), amountSlots.size());
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            any.alternatives().forEach(SyntheticParticipants.this::slot);
            return null;
          }

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

  private Evidence.Builder fill(Evidence.Builder b, int p, SplittableRandom random) {
    for (Map.Entry<String, Integer> d : declarationSlots.entrySet()) {
      int r = random.nextInt(100);
      byte a = r < 90 ? YES : r < 94 ? NO : r < 97 ? NOT_APPLICABLE : UNKNOWN;
      answers[p][d.getValue()] = a;
      if (a != UNKNOWN) {
        Answer answer = a == YES ? Answer.YES : a == NO ? Answer.NO : Answer.NOT_APPLICABLE;
        b.answer(d.getKey(), answer, "BC-" + p);
      }
    }
    for (Map.Entry<String, Integer> c : countSlots.entrySet()) {
      int v = random.nextInt(100) < 5 ? -1 : random.nextInt(8);
      counts[p][c.getValue()] = v;
      if (v >= 0) {
        b.count(c.getKey(), v);
      }
    }
    for (Map.Entry<String, Integer> a : amountSlots.entrySet()) {
      long v = random.nextInt(100) < 10 ? Long.MIN_VALUE : random.nextLong(200_000_001L);
      amounts[p][a.getValue()] = v;
      if (v != Long.MIN_VALUE) {
        b.amount(a.getKey(), v);
      }
    }
    for (Map.Entry<String, Integer> i : indicatorSlots.entrySet()) {
      int r = random.nextInt(100);
      AttainmentStatus s =
          r < 75
              ? AttainmentStatus.MET
              : r < 92 ? AttainmentStatus.NOT_MET : AttainmentStatus.NO_DATA;
      attainments[p][i.getValue()] =
          s == AttainmentStatus.MET ? YES : s == AttainmentStatus.NOT_MET ? NO : UNKNOWN;
      b.attainment(i.getKey(), s);
    }
    int r = random.nextInt(100);
    if (r < 85) {
      LocalDate on = LocalDate.of(2023, 1, 1 + random.nextInt(31));
      registeredOn[p] = on.toEpochDay();
      b.registeredOn(on);
    } else if (r < 90) {
      LocalDate on = LocalDate.of(2023, 2, 1 + random.nextInt(28));
      registeredOn[p] = on.toEpochDay();
      b.registeredOn(on);
    } else if (r < 95) {
      registeredOn[p] = NOT_REGISTERED;
      b.notRegistered();
    } else {
      registeredOn[p] = Long.MIN_VALUE;
    }
    return b;
  }

  List<String> declarationCodes() {
    return new ArrayList<>(declarationSlots.keySet());
  }
}
