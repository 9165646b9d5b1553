package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What the use cases of steps 5–8 share beyond the generic flow: a required field, a problem of a
 * query, and the check of who opens a case (ADR 0040). Stateless.
 */
final class StepInputs {

  /** The unit column of a case of the whole plan (an announcement, a meeting, a submission). */
  static final String CITY_WIDE = "*";

  private StepInputs() {}

  /** Whether a problem is recorded at {@code path} already. */
  static boolean has(ProblemCollector problems, String path) {
    return problems.problems().stream().anyMatch(p -> p.path().equals(path));
  }

  /** A required field absent (unless the edge named it unread already). */
  static void required(ProblemCollector problems, String path, Object value) {
    if (value == null && !has(problems, path)) {
      problems.add(path, AdapterMessages.text("award.required", path));
    }
  }

  /** One problem of a query. */
  static InvalidInputException invalid(String path, LocalizedText reason) {
    return new InvalidInputException("query", List.of(new Problem(path, reason)));
  }

  /** The one who opens a case, held to {@code who} as a command on it would be. */
  static Caller opener(
      Callers callers, UnitScope scope, WhoMayAct who, String command, LocalizedText what) {
    Caller caller = callers.current();
    who.check(caller, scope, CITY_WIDE, command, what);
    return caller;
  }
}
