package vn.emulation.core.procedure;

import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;

/**
 * The one rule for a reason a command requires (a return, a refusal, a reopening, a departure from
 * the verdict): present, not blank, no longer than a person's paragraph, of acceptable characters.
 */
public final class Reasons {

  /** The longest reason kept, in characters. */
  public static final int MAX_LENGTH = 4000;

  private Reasons() {}

  /**
   * Records at {@code path} why {@code reason} is no reason; true when it is one.
   *
   * @param command the command that requires it, named in the problem
   */
  public static boolean require(
      ProblemCollector problems, String path, String command, String reason) {
    if (reason == null || reason.isBlank()) {
      problems.add(path, Messages.text("procedure.reason.required", command));
      return false;
    }
    return optional(problems, path, reason);
  }

  /** Records at {@code path} why a reason given though not required is unacceptable. */
  public static boolean optional(ProblemCollector problems, String path, String reason) {
    if (reason == null || reason.isBlank()) {
      return true;
    }
    if (reason.length() > MAX_LENGTH) {
      problems.add(path, Messages.text("procedure.reason.tooLong", MAX_LENGTH, reason.length()));
      return false;
    }
    return TextRules.checkText(problems, path, reason);
  }

  /** The reason as kept: stripped, or {@code null} when blank. */
  public static String kept(String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
