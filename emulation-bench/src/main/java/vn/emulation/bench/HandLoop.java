package vn.emulation.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanParameter;

/**
 * The same eligibility rules as the evaluator, written by hand over primitive arrays: criteria as
 * parallel arrays of kinds, slots and parameters, participants as arrays of bytes, ints and longs,
 * no objects touched in the loop. It is the CPU limit the evaluator is measured against.
 */
final class HandLoop {

  private static final int DECLARATION = 0;
  private static final int REGISTRATION = 1;
  private static final int ATTAINMENT = 2;
  private static final int NORM = 3;
  private static final int COUNT = 4;
  private static final int ANY_OF = 5;

  static final byte ELIGIBLE = 0;
  static final byte NOT_ELIGIBLE = 1;
  static final byte INCOMPLETE = 2;

  private final List<Criterion> flat = new ArrayList<>();
  private int[] kind;
  private int[] slot;
  private long[] param;
  private int[][] indicators;
  private int[][] alternatives;

  /** [category][form] = top-level criterion indices. */
  final int[][][] formCriteria;

  /** [category] = every top-level criterion any offered form needs. */
  private final int[][] needed;

  private final byte[] status;

  HandLoop(Plan plan, Occasion occasion, SyntheticParticipants data) {
    for (Criterion c : plan.criteria()) {
      flat.add(c);
    }
    int top = flat.size();
    for (int i = 0; i < flat.size(); i++) {
      flat.addAll(Criterion.alternativesOf(flat.get(i)));
    }
    kind = new int[flat.size()];
    slot = new int[flat.size()];
    param = new long[flat.size()];
    indicators = new int[flat.size()][];
    alternatives = new int[flat.size()][];
    int nextAlternative = top;
    for (int i = 0; i < flat.size(); i++) {
      nextAlternative = describe(plan, i, data, nextAlternative);
    }
    List<ParticipantCategory> categories = plan.categories();
    formCriteria = new int[categories.size()][][];
    needed = new int[categories.size()][];
    for (int cat = 0; cat < categories.size(); cat++) {
      ParticipantCategory category = categories.get(cat);
      List<int[]> forms = new ArrayList<>();
      Set<Integer> all = new LinkedHashSet<>();
      for (String formCode : occasion.awardFormCodes()) {
        AwardForm form = plan.awardForm(formCode).orElseThrow();
        if (!form.isFor(category.kind())) {
          continue;
        }
        int[] idx =
            form.criterionCodesOn(occasion.type()).stream()
                .mapToInt(code -> indexOf(code, top))
                .filter(i -> flat.get(i).appliesTo(category.code()))
                .toArray();
        forms.add(idx);
        for (int i : idx) {
          all.add(i);
        }
      }
      formCriteria[cat] = forms.toArray(int[][]::new);
      needed[cat] = all.stream().mapToInt(Integer::intValue).toArray();
    }
    status = new byte[flat.size()];
  }

  private int indexOf(String code, int top) {
    for (int i = 0; i < top; i++) {
      if (flat.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private int describe(Plan plan, int i, SyntheticParticipants data, int nextAlternative) {
    return flat.get(i)
        .accept(
            new Criterion.Visitor<Integer>() {
              @Override
              public Integer visit(DeclarationCriterion d) {
                kind[i] = DECLARATION;
                slot[i] = data.declarationSlots.get(d.code());
                param[i] = d.mayNotApply() ? 1 : 0;
                return nextAlternative;
              }

              @Override
              public Integer visit(RegisteredPlanCriterion r) {
                kind[i] = REGISTRATION;
                param[i] = plan.deadline(r.deadlineCode()).orElseThrow().dueOn().toEpochDay();
                return nextAlternative;
              }

              @Override
              public Integer visit(TargetAttainmentCriterion t) {
                kind[i] = ATTAINMENT;
                indicators[i] =
                    t.indicatorCodes().stream().mapToInt(data.indicatorSlots::get).toArray();
                param[i] =
                    t.requiresAll()
                        ? indicators[i].length
                        : t.minimumMet() != null
                            ? t.minimumMet()
                            : value(plan, t.minimumMetParameter(), -1);
                return nextAlternative;
              }

              @Override
              public Integer visit(NormCriterion n) {
                kind[i] = NORM;
                slot[i] = data.amountSlots.get(n.factKey());
                param[i] = value(plan, n.normParameter(), Long.MIN_VALUE);
                return nextAlternative;
              }

              @Override
              public Integer visit(CountCriterion n) {
                kind[i] = COUNT;
                slot[i] = data.countSlots.get(n.factKey());
                param[i] = n.minimum();
                return nextAlternative;
              }

              @Override
              public Integer visit(AnyOfCriterion any) {
                kind[i] = ANY_OF;
                int k = any.alternatives().size();
                alternatives[i] = new int[k];
                int next = nextAlternative;
                for (int j = 0; j < k; j++) {
                  alternatives[i][j] = next++;
                }
                return next;
              }
            });
  }

  private static long value(Plan plan, String code, long unset) {
    return plan.parameter(code)
        .flatMap(PlanParameter::valueIfSet)
        .map(v -> v.longValueExact())
        .orElse(unset);
  }

  /** Writes participant p's outcome per offered form into {@code out} from {@code offset}. */
  int evaluate(SyntheticParticipants d, int p, byte[] out, int offset) {
    int cat = d.category[p];
    for (int c : needed[cat]) {
      status[c] = test(d, p, c);
    }
    int[][] forms = formCriteria[cat];
    for (int f = 0; f < forms.length; f++) {
      byte outcome = ELIGIBLE;
      boolean open = false;
      for (int c : forms[f]) {
        byte s = status[c];
        if (s == SyntheticParticipants.NO) {
          outcome = NOT_ELIGIBLE;
          break;
        }
        open |= s == SyntheticParticipants.UNKNOWN;
      }
      out[offset + f] = outcome == ELIGIBLE && open ? INCOMPLETE : outcome;
    }
    return forms.length;
  }

  private byte test(SyntheticParticipants d, int p, int c) {
    switch (kind[c]) {
      case DECLARATION:
        {
          byte a = d.answers[p][slot[c]];
          return a == SyntheticParticipants.NOT_APPLICABLE && param[c] == 0
              ? SyntheticParticipants.NO
              : a;
        }
      case REGISTRATION:
        {
          long on = d.registeredOn[p];
          if (on == Long.MIN_VALUE) {
            return SyntheticParticipants.UNKNOWN;
          }
          return on <= param[c] ? SyntheticParticipants.YES : SyntheticParticipants.NO;
        }
      case ATTAINMENT:
        {
          long k = param[c];
          if (k < 0) {
            return SyntheticParticipants.UNKNOWN;
          }
          byte[] a = d.attainments[p];
          int met = 0;
          int open = 0;
          for (int s : indicators[c]) {
            met += a[s] == SyntheticParticipants.YES ? 1 : 0;
            open += a[s] == SyntheticParticipants.UNKNOWN ? 1 : 0;
          }
          return met >= k
              ? SyntheticParticipants.YES
              : met + open < k ? SyntheticParticipants.NO : SyntheticParticipants.UNKNOWN;
        }
      case NORM:
        {
          long amount = d.amounts[p][slot[c]];
          if (param[c] == Long.MIN_VALUE || amount == Long.MIN_VALUE) {
            return SyntheticParticipants.UNKNOWN;
          }
          return amount >= param[c] ? SyntheticParticipants.YES : SyntheticParticipants.NO;
        }
      case COUNT:
        {
          int v = d.counts[p][slot[c]];
          if (v < 0) {
            return SyntheticParticipants.UNKNOWN;
          }
          return v >= param[c] ? SyntheticParticipants.YES : SyntheticParticipants.NO;
        }
      default:
        {
          boolean open = false;
          for (int alt : alternatives[c]) {
            byte s = test(d, p, alt);
            if (s == SyntheticParticipants.YES || s == SyntheticParticipants.NOT_APPLICABLE) {
              return SyntheticParticipants.YES;
            }
            open |= s == SyntheticParticipants.UNKNOWN;
          }
          return open ? SyntheticParticipants.UNKNOWN : SyntheticParticipants.NO;
        }
    }
  }

  static Map<Byte, String> names() {
    return Map.of(ELIGIBLE, "ELIGIBLE", NOT_ELIGIBLE, "NOT_ELIGIBLE", INCOMPLETE, "INCOMPLETE");
  }
}
