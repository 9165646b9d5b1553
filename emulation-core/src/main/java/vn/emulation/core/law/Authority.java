package vn.emulation.core.law;

import java.util.Objects;

/**
 * An office that may decide a form on the days a version is in force, and the provision that gives
 * it the power. Immutable and thread-safe.
 *
 * @param office who decides
 * @param citation the provision that gives the power
 */
public record Authority(Office office, Citation citation) {

  public Authority {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(citation, "citation");
  }
}
