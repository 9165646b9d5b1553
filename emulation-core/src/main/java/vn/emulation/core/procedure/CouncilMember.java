package vn.emulation.core.procedure;

import java.util.Objects;

/**
 * A member of the council and the seat held. Immutable.
 *
 * @param id the member's identifier (the user's name)
 * @param name the full name, as the minutes print it
 * @param role chair, vice-chair or member
 */
public record CouncilMember(String id, String name, CouncilRole role) {

  public CouncilMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
