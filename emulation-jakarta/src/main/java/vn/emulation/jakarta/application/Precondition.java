package vn.emulation.jakarta.application;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What a client says it last saw of a record it edits (an HTTP {@code If-Match}): nothing (the edit
 * applies whatever the record is now — older clients), any version ({@code *}), or one of the
 * versions it names. A mismatch means someone else changed the record in between, and the edit is
 * refused rather than silently overwriting their change.
 *
 * @param any whether any current version will do
 * @param tags the versions the client accepts; empty with {@code any} false means no condition
 */
public record Precondition(boolean any, List<String> tags) {

  public Precondition {
    tags = List.copyOf(tags);
  }

  /** No condition: the edit applies to whatever is stored. */
  public static Precondition none() {
    return new Precondition(false, List.of());
  }

  /** {@code If-Match: *}: the record must merely exist. */
  public static Precondition anyVersion() {
    return new Precondition(true, List.of());
  }

  /** The edit applies only if the record is still at one of these versions. */
  public static Precondition oneOf(List<String> tags) {
    return new Precondition(false, tags);
  }

  /**
   * Refuses the edit when the record, now at version {@code current}, is not one the client saw.
   *
   * @param current the record's version now
   * @param what the record, for the message ("đơn vị 899" / "unit 899")
   */
  public void check(String current, LocalizedText what) {
    if (any || tags.isEmpty() || tags.contains(current)) {
      return;
    }
    throw new PreconditionFailedException(
        AdapterMessages.text("application.someoneElseChangedAfter", what.vi(), current, what.en()));
  }
}
