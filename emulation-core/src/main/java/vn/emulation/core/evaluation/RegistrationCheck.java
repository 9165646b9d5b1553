package vn.emulation.core.evaluation;

import java.time.LocalDate;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.RegisteredPlanCriterion;

final class RegistrationCheck extends Check {

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
  LocalizedText explain(Evidence e) {
    long on = e.registeredOn;
    if (on == Evidence.UNKNOWN_AMOUNT) {
      return Messages.text("evaluation.noRegistrationInformationYet");
    }
    if (on == Evidence.NOT_REGISTERED) {
      return Messages.text(
          "evaluation.didNotRegisterDue", Formats.dateVi(due), Formats.dateEn(due));
    }
    LocalDate date = LocalDate.ofEpochDay(on);
    LocalizedText when = Messages.text(on <= dueDay ? "evaluation.onTime" : "evaluation.late");
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
}
