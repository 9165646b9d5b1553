package vn.emulation.jakarta.application.participant;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.application.TextLimits;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.unit.UnitCommands;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What a new participant must satisfy: a usable, unused identifier; a kind; a name; a category of
 * the plan whose kind is the participant's (a school is not an individual); a known unit. Every
 * problem is reported at once. Stateless.
 */
final class ParticipantRules {

  static final int MAX_ID = TextRules.MAX_CODE_LENGTH;
  static final int MAX_NAME = 300;

  private ParticipantRules() {}

  /**
   * The participant described by {@code p}.
   *
   * @param idTaken whether an identifier is already in use
   * @param newId makes an identifier when none is given
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  static Participant check(
      Plan plan,
      OrgHierarchy units,
      NewParticipant p,
      Predicate<String> idTaken,
      Supplier<String> newId) {
    ProblemCollector problems = new ProblemCollector();
    String id = p.id() == null ? newId.get() : id(problems, p.id(), idTaken);
    p.unread().requireChoice(problems, "kind", p.kind(), ParticipantKind.class);
    ParticipantKind kind = p.kind();
    String name =
        TextLimits.text(
            problems, "name", p.name(), MAX_NAME, AdapterMessages.text("participant.field.name"));
    String category = category(problems, plan, p.categoryCode(), kind);
    String unit =
        TextLimits.text(
            problems,
            "unitCode",
            p.unitCode(),
            UnitCommands.MAX_CODE,
            AdapterMessages.text("unit.field.code"));
    if (unit != null && units.find(unit).isEmpty()) {
      problems.add("unitCode", AdapterMessages.text("participant.noUnitCode", unit));
    }
    problems.throwIfAny("participant");
    return kind == ParticipantKind.COLLECTIVE
        ? new Collective(id, name, category, unit)
        : new Individual(id, name, category, unit);
  }

  private static String id(ProblemCollector problems, String raw, Predicate<String> idTaken) {
    String id =
        TextLimits.text(problems, "id", raw, MAX_ID, AdapterMessages.text("participant.field.id"));
    if (id == null) {
      return null;
    }
    // an identifier is a code: it appears in URLs, where it needs no escaping
    if (!TextRules.isCode(id)) {
      problems.add("id", AdapterMessages.text("participant.identifierHoldsOnlyUnaccented", id));
    } else if (idTaken.test(id)) {
      problems.add("id", AdapterMessages.text("participant.identifierAlreadyUsed", id));
    }
    return id;
  }

  private static String category(
      ProblemCollector problems, Plan plan, String raw, ParticipantKind kind) {
    String code =
        TextLimits.text(
            problems,
            "categoryCode",
            raw,
            100,
            AdapterMessages.text("participant.field.categoryCode"));
    if (code == null) {
      return null;
    }
    Optional<ParticipantCategory> category = plan.category(code);
    if (category.isEmpty()) {
      problems.add(
          "categoryCode",
          AdapterMessages.text("participant.planNoParticipantCategory", plan.code(), code));
    } else if (kind != null && category.get().kind() != kind) {
      ParticipantKind wanted = category.get().kind();
      problems.add(
          "categoryCode",
          AdapterMessages.text(
              "participant.categoryParticipantsNot",
              code,
              wanted.label().vi().toLowerCase(java.util.Locale.ROOT),
              kind.label().vi().toLowerCase(java.util.Locale.ROOT),
              wanted.label().en().toLowerCase(java.util.Locale.ROOT),
              kind.label().en().toLowerCase(java.util.Locale.ROOT)));
    }
    return code;
  }
}
