package vn.emulation.core.law;

import java.time.LocalDate;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * The rule set holds no version for a day (before the Law 06/2022 took effect on 1 January 2024,
 * whose predecessor it does not encode), or its version in force has no such form.
 */
public class LawNotInForceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedText reason;

  private LawNotInForceException(LocalizedText reason) {
    super(reason.en());
    this.reason = reason;
  }

  static LawNotInForceException noVersion(String ruleSet, LocalDate day) {
    return new LawNotInForceException(Messages.text("law.noVersionOn", ruleSet, day));
  }

  static LawNotInForceException noForm(String ruleSet, String form, LawVersion version) {
    return new LawNotInForceException(
        Messages.text("law.noFormInVersion", ruleSet, form, version.number()));
  }

  public LocalizedText reason() {
    return reason;
  }
}
