package vn.emulation.core.evaluation;

import java.time.LocalDate;
import vn.emulation.core.common.LocalizedText;
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
      return LocalizedText.of(
          "Chưa có thông tin đăng ký thi đua", "No registration information yet");
    }
    if (on == Evidence.NOT_REGISTERED) {
      return LocalizedText.of(
          "Chưa đăng ký thi đua (hạn " + Formats.dateVi(due) + ")",
          "Did not register (due " + Formats.dateEn(due) + ")");
    }
    LocalDate date = LocalDate.ofEpochDay(on);
    String vi = on <= dueDay ? "trong hạn" : "quá hạn";
    String en = on <= dueDay ? "on time" : "late";
    return LocalizedText.of(
        "Đăng ký ngày " + Formats.dateVi(date) + ", " + vi + " (hạn " + Formats.dateVi(due) + ")",
        "Registered on " + Formats.dateEn(date) + ", " + en + " (due " + Formats.dateEn(due) + ")");
  }
}
