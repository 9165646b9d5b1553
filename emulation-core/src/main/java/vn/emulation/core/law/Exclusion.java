package vn.emulation.core.law;

import java.util.Objects;

/**
 * One ground of exclusion in force, with its provision. Immutable and thread-safe.
 *
 * @param ground what excludes the case while it lasts
 * @param citation the provision
 */
public record Exclusion(ExclusionGround ground, Citation citation) {

  public Exclusion {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(citation, "citation");
  }
}
