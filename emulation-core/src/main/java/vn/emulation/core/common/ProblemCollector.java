package vn.emulation.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems of one piece of input so that validation can report them all at once. Not
 * thread-safe: one collector per validation.
 */
public final class ProblemCollector {

  private final List<Problem> problems = new ArrayList<>();

  /**
   * Records a problem at {@code path} in words given here. The code's own messages are keys of a
   * catalogue ({@link Messages}, ADR 0027), given to {@link #add(String, LocalizedText)}; this is
   * for texts that are no message of ours, such as the tests'.
   */
  public void add(String path, String vi, String en) {
    problems.add(new Problem(path, LocalizedText.of(vi, en)));
  }

  /** Records a problem at {@code path}, its reason usually a catalogue's message. */
  public void add(String path, LocalizedText reason) {
    problems.add(new Problem(path, reason));
  }

  public void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Throws when anything was recorded; {@code what} names the input in the exception message. */
  public void throwIfAny(String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what, problems);
    }
  }
}
