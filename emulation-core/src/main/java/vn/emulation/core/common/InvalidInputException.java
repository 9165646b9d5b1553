package vn.emulation.core.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected, and here is <em>every</em> problem found in it, not just the first, so that
 * whoever prepared it can fix it in one pass. Nothing was changed by the rejected input.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidInputException(String what, List<Problem> problems) {
    super(describe(what, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String what, List<Problem> problems) {
    return what
        + " has "
        + problems.size()
        + " problem(s):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
