package vn.emulation.jakarta.application.procedure;

import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.LawRuleSet;

/**
 * The law's rules the procedure's steps ask (ADR 0032), as a port: the rule set of the law (the
 * dossier on a day, one achievement one award, who decides) and the working-day calendar (the days
 * to correct a returned nomination). The file formats that read them are adapters outside the
 * application (ADR 0025); {@code format.law.BuiltInProcedureLaw} answers the shipped files.
 */
public interface ProcedureLaw {

  /** The rule set of the law, every version. */
  LawRuleSet rules();

  /** The working-day calendar. */
  WorkingCalendar calendar();
}
