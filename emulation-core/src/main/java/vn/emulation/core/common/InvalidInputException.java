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
  private final long problemsTotal;

  public InvalidInputException(String what, List<Problem> problems) {
    this(what, problems, problems.size());
  }

  /**
   * Input with more problems than are worth listing: the first ones, and how many there are in all
   * (a file of a million bad rows answers with a hundred, not a million).
   *
   * @param problems the problems listed, in the order they were found
   * @param problemsTotal how many problems were found, at least as many as are listed
   */
  public InvalidInputException(String what, List<Problem> problems, long problemsTotal) {
    super(describe(what, problems, problemsTotal));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one problem");
    }
    if (problemsTotal < problems.size()) {
      throw new IllegalArgumentException(
          "problemsTotal "
              + problemsTotal
              + " is less than the "
              + problems.size()
              + " problems listed");
    }
    this.problems = List.copyOf(problems);
    this.problemsTotal = problemsTotal;
  }

  /** The problems listed, in the order they were found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, listed or not. */
  public long problemsTotal() {
    return problemsTotal;
  }

  /** Whether some problems were found but not listed. */
  public boolean truncated() {
    return problemsTotal > problems.size();
  }

  private static String describe(String what, List<Problem> problems, long total) {
    return what
        + " has "
        + total
        + " problem(s)"
        + (total > problems.size() ? ", the first " + problems.size() + " listed" : "")
        + ":"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
