package vn.emulation.jakarta.format.law;

import jakarta.enterprise.context.ApplicationScoped;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.jakarta.application.procedure.ProcedureLaw;

/** The {@link ProcedureLaw} port on the files the adapter ships ({@link BuiltInLaw}), read once. */
@ApplicationScoped
public class BuiltInProcedureLaw implements ProcedureLaw {

  private volatile LawRuleSet rules;
  private volatile WorkingCalendar calendar;

  @Override
  public LawRuleSet rules() {
    LawRuleSet r = rules;
    if (r == null) {
      r = BuiltInLaw.ruleSet();
      rules = r;
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
