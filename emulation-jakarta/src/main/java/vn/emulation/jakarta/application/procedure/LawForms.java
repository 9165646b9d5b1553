package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.jakarta.application.Unread;

/**
 * The law's forms in force on a day (ADR 0044), as the rule set's version that governs it states
 * them: the codes a plan's award forms name as the law's forms they are, with whom each is for, who
 * may decide it and its dossier. The law is a published text, so this is a published read.
 */
@ApplicationScoped
public class LawForms {

  @Inject ProcedureLaw law;
  @Inject Clock clock;

  protected LawForms() {}

  /** On given parts: for tests outside a container. */
  public LawForms(ProcedureLaw law, Clock clock) {
    this.law = law;
    this.clock = clock;
  }

  /** The law's rule set, for its code and name. */
  public LawRuleSet ruleSet() {
    return law.rules();
  }

  /**
   * The version of the law in force on {@code on}, today in Vietnam when {@code on} is absent.
   *
   * @throws vn.emulation.core.common.InvalidInputException at {@code on}: malformed, or a day no
   *     version of the law governs
   */
  public LawVersion inForceOn(LocalDate on, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    unread.take(problems, "on");
    problems.throwIfAny("query");
    LocalDate day = on != null ? on : ActDay.of(clock.instant());
    try {
      return law.rules().governing(day);
    } catch (LawNotInForceException e) {
      problems.add("on", e.reason());
      problems.throwIfAny("query");
      throw e;
    }
  }
}
