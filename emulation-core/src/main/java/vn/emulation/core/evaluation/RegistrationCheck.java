package vn.emulation.core.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.RegisteredPlanCriterion;

final class RegistrationCheck extends Check {

  /** The figure of a participant known not to have registered. */
  static final String NOT_REGISTERED = "-";

  private final LocalDate due;
  private final long dueDay;

  RegistrationCheck(RegisteredPlanCriterion criterion, LocalDate due) {
    super(criterion);
    this.due = due;
    this.dueDay = due.toEpochDay();
  }

  @Override
  byte test(Evidence e) {
    long on = e.registeredOn;
    if (on == Evidence.UNKNOWN_AMOUNT) {
      return CriterionStatus.UNDECIDED_CODE;
    }
    return on <= dueDay ? CriterionStatus.MET_CODE : CriterionStatus.NOT_MET_CODE;
  }

  @Override
  List<String> figures(Evidence e) {
    long on = e.registeredOn;
    String day =
        on == Evidence.UNKNOWN_AMOUNT
            ? CriterionFacts.UNKNOWN
            : on == Evidence.NOT_REGISTERED ? NOT_REGISTERED : LocalDate.ofEpochDay(on).toString();
    return List.of(day, due.toString());
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    String on = facts.figure(0);
    LocalDate due = day(facts, facts.figure(1));
    if (CriterionFacts.UNKNOWN.equals(on)) {
      return Messages.text("evaluation.noRegistrationInformationYet");
    }
    if (NOT_REGISTERED.equals(on)) {
      return Messages.text(
          "evaluation.didNotRegisterDue", Formats.dateVi(due), Formats.dateEn(due));
    }
    LocalDate date = day(facts, on);
    // on time is what made it met, as the stored status says
    LocalizedText when =
        Messages.text(
            facts.status() == CriterionStatus.MET ? "evaluation.onTime" : "evaluation.late");
    String vi = when.vi();
    String en = when.en();
    return Messages.text(
        "evaluation.registeredDue",
        Formats.dateVi(date),
        vi,
        Formats.dateVi(due),
        Formats.dateEn(date),
        en,
        Formats.dateEn(due));
  }

  private static LocalDate day(CriterionFacts facts, String figure) {
    try {
      return LocalDate.parse(figure);
    } catch (DateTimeParseException e) {
      throw facts.unreadable("no day: " + figure);
    }
  }
}
