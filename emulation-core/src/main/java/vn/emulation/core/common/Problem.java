package vn.emulation.core.common;

import java.util.Objects;

/**
 * One thing wrong with some input, located by a path such as {@code targets[3].threshold}, with a
 * reason a person can read in either language. Immutable and thread-safe.
 *
 * @param path where the problem is, in the input's own structure
 * @param reason why it is a problem
 */
public record Problem(String path, LocalizedText reason) {

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path + ": " + reason.en();
  }
}
