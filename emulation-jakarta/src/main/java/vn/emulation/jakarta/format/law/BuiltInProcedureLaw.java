package vn.emulation.jakarta.format.law;

import jakarta.enterprise.context.ApplicationScoped;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.jakarta.application.procedure.ProcedureLaw;

/**
 * The {@link ProcedureLaw} port on the built-in files ({@link BuiltInLaw}), read once when first
 * asked; both values are immutable, so one of each serves every request.
 */
@ApplicationScoped
public class BuiltInProcedureLaw implements ProcedureLaw {

  private volatile LawRuleSet ruleSet;
  private volatile WorkingCalendar calendar;

  @Override
  public LawRuleSet ruleSet() {
    LawRuleSet r = ruleSet;
    if (r == null) {
      r = BuiltInLaw.ruleSet();
      ruleSet = r;
    }
    return r;
  }

  @Override
  public WorkingCalendar calendar() {
    WorkingCalendar c = calendar;
    if (c == null) {
      c = BuiltInLaw.calendar();
      calendar = c;
    }
    return c;
  }
}
