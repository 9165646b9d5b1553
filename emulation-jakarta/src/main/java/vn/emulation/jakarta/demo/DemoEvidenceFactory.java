package vn.emulation.jakarta.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.demo.DemoEvidence.Declaration;
import vn.emulation.jakarta.demo.DemoParticipants.Row;
import vn.emulation.jakarta.demo.Facts.Fact;

/**
 * The evidence of every demo participant for every occasion of the plan, following its {@link
 * Profile}: declarations backed by its achievement report for the occasion (BC-2023-015 for the
 * annual round, BCSK- for the interim review, BCTK- for the final one), counted achievements,
 * contributions in đồng, and its registration. A ward committee has evidence only for the occasions
 * held while its ward exists. Not thread-safe: one instance per generation.
 */
final class DemoEvidenceFactory {

  private final Plan plan;
  private final OrgHierarchy units;
  private final Random random;

  DemoEvidenceFactory(Plan plan, OrgHierarchy units, Random random) {
    this.plan = plan;
    this.units = units;
    this.random = random;
  }

  List<DemoEvidence> generate(List<Row> rows) {
    Registrations registrations = new Registrations(plan, rows, random);
    Amounts amounts = new Amounts(plan.identity().period(), random);
    List<DemoEvidence> out = new ArrayList<>();
    for (Occasion occasion : plan.occasions()) {
      Map<String, String> references = references(rows, occasion);
      for (Row row : rows) {
        if (row.governsItsUnit() && !units.get(row.unitCode()).existsOn(occasion.heldFrom())) {
          continue;
        }
        String reference = references.get(row.id());
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Long> money = new LinkedHashMap<>();
        for (Fact fact : Facts.of(plan, row.category())) {
          switch (fact.kind()) {
            case DECLARATION -> {
              Answer a = answer(row, fact, occasion);
              if (a != null) {
                declarations.put(
                    fact.key(), new Declaration(a, a == Answer.NOT_APPLICABLE ? null : reference));
              }
            }
            case COUNT -> counts.put(fact.key(), count(row, fact.key(), occasion.year()));
            case AMOUNT -> amounts.of(row, occasion).ifPresent(v -> money.put(fact.key(), v));
          }
        }
        out.add(
            new DemoEvidence(
                row.id(),
                occasion.code(),
                declarations,
                counts,
                money,
                registrations.dateOf(row.id()),
                registrations.isKnownUnregistered(row.id())));
      }
    }
    return out;
  }

  /** Achievement report numbers for an occasion, numbered in a seeded order of receipt. */
  private Map<String, String> references(List<Row> rows, Occasion occasion) {
    List<Row> order = new ArrayList<>(rows);
    Collections.shuffle(order, random);
    String prefix =
        occasion.type() == OccasionType.INTERIM
            ? "BCSK"
            : occasion.type() == OccasionType.FINAL ? "BCTK" : "BC";
    Map<String, String> refs = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      refs.put(order.get(i).id(), String.format("%s-%d-%03d", prefix, occasion.year(), i + 1));
    }
    return refs;
  }

  /**
   * The answer to a declaration, or {@code null} when the participant gave none; the typical
   * contribution is put forward at the reviews only, the rounds that ask for it.
   */
  private static Answer answer(Row row, Fact fact, Occasion occasion) {
    int year = occasion.year();
    Profile p = row.profile();
    if (fact.key().equals(Facts.TYPICAL) && occasion.type() == OccasionType.ANNUAL) {
      return null;
    }
    if (p == Profile.SILENT && !fact.general()) {
      return null;
    }
    if (fact.key().equals(Facts.EXCELLENT)
        || fact.key().equals(Facts.TYPICAL)
        || fact.secondAlternative()) {
      return p == Profile.EXEMPLARY ? Answer.YES : null;
    }
    if (fact.notApplicable()) {
      return Answer.NOT_APPLICABLE;
    }
    if (p == Profile.DISCIPLINED && fact.key().equals(Facts.NO_VIOLATION) && year >= 2024) {
      return Answer.NO;
    }
    if (p == Profile.WEAK && fact.firstSpecific() && year <= 2023) {
      return Answer.NO;
    }
    return Answer.YES;
  }

  private int count(Row row, String key, int year) {
    Profile p = row.profile();
    int sinceStart = year - plan.identity().period().first();
    boolean honoured = Facts.PRIME_MINISTER_HONOURED.contains(row.id());
    return switch (key) {
      case "recognisedInitiatives" ->
          p == Profile.WEAK
              ? (year <= 2023 ? 0 : 1)
              : p == Profile.EXEMPLARY ? 2 + random.nextInt(2) : random.nextInt(3);
      case "consecutiveYearsCompletedWell" ->
          p == Profile.DISCIPLINED && year >= 2024
              ? 0
              : (p == Profile.EXEMPLARY ? 5 : 2) + sinceStart;
      case "priorMinisterialOrProvincialBangKhen" -> p == Profile.EXEMPLARY || honoured ? 1 : 0;
      case "priorPrimeMinisterBangKhen" -> honoured ? 1 : 0;
      case "yearsCompletedWellSincePrimeMinisterBangKhen" -> honoured ? 2 + sinceStart : 0;
      default -> 0;
    };
  }
}
