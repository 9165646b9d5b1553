package vn.emulation.jakarta.application.procedure;

import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.LawRuleSet;

/**
 * The port to the law the procedure's steps are held to (ADR 0032): the rule set, effective-dated,
 * and the working-day calendar. Implemented over the files the adapter ships ({@code format.law});
 * the use cases never read a file themselves.
 */
public interface ProcedureLaw {

  /** The rule set of the law on commendation, every version. */
  LawRuleSet ruleSet();

  /**
   * The same rule set, by the name the nomination and appraisal use cases ask it (both branches
   * added this port at once; merged as one).
   */
  default LawRuleSet rules() {
    return ruleSet();
  }

  /** The working-day calendar, the years its data holds. */
  WorkingCalendar calendar();
}
