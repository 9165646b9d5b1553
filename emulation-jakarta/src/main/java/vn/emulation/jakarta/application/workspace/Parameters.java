package vn.emulation.jakarta.application.workspace;

import java.time.LocalDate;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.PageRequest;

/**
 * Reads the query parameters of a request as they were typed, so that a malformed one becomes a
 * problem naming it (next to every other problem of the request) rather than a bare 404 from the
 * HTTP layer's own conversion.
 */
final class Parameters {

  private Parameters() {}

  /** The whole number in {@code raw}, {@code null} when absent or malformed (then a problem). */
  static Integer integer(String raw, String name, ProblemCollector problems) {
    return isAbsent(raw) ? null : Inputs.optionalInteger(problems, name, raw);
  }

  /** The ISO date in {@code raw}, {@code null} when absent or malformed (then a problem). */
  static LocalDate date(String raw, String name, ProblemCollector problems) {
    return isAbsent(raw) ? null : Inputs.optionalDate(problems, name, raw);
  }

  /** {@code raw} trimmed, {@code null} when absent or blank. */
  static String text(String raw) {
    return isAbsent(raw) ? null : raw.trim();
  }

  /**
   * The page asked for ({@code page} from 0, {@code size} up to {@code maxSize}, 20 by default),
   * {@code null} when wrong (then every problem is recorded).
   */
  static PageRequest page(String page, String size, int maxSize, ProblemCollector problems) {
    int before = problems.problems().size();
    Integer p = integer(page, "page", problems);
    Integer s = integer(size, "size", problems);
    if (problems.problems().size() > before) {
      return null;
    }
    try {
      return PageRequest.of(p == null ? 0 : p, s == null ? 20 : s, maxSize);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static boolean isAbsent(String raw) {
    return raw == null || raw.isBlank();
  }
}
