package vn.emulation.core.participant;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A category of participants named by a plan (section IV.1), such as ward People's Committees or
 * officials and civil servants. Immutable and thread-safe.
 *
 * @param code the plan's code for it, unique in the plan
 * @param kind collective or individual
 * @param name its name
 */
public record ParticipantCategory(String code, ParticipantKind kind, LocalizedText name) {

  public ParticipantCategory {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a category code must not be blank, was: " + code);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
