package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditVerification;
import vn.emulation.jakarta.application.audit.ChainBreak;

/** The JSON shapes of the audit endpoints; the reason of a break in the reader's language. */
public final class AuditView {

  private AuditView() {}

  /**
   * An entry of the audit log, with the states embedded as JSON.
   *
   * @param seq its place in the chain, from 1
   * @param recordedAt when the write was made (ISO-8601, UTC)
   * @param actor the user, {@code system} for the system's own jobs
   * @param actorRole the role the user acted in
   * @param actorUnit the user's unit, absent for city-wide staff
   * @param action what was done ({@code unit.close})
   * @param target what it was done to ({@code units/30730})
   * @param before the target's state before, absent when it was new
   * @param after the target's state after
   * @param previousHash the hash of the entry before (64 zeros for the first)
   * @param hash SHA-256 over the entry's canonical encoding (docs/architecture.md)
   */
  public record EntryView(
      long seq,
      String recordedAt,
      String actor,
      String actorRole,
      String actorUnit,
      String action,
      String target,
      @Schema(type = SchemaType.OBJECT, description = "The state before, as the API shows it")
          JsonValue before,
      @Schema(type = SchemaType.OBJECT, description = "The state after, as the API shows it")
          JsonValue after,
      String previousHash,
      String hash) {

    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.seq(),
          e.recordedAt().toString(),
          e.actor(),
          e.actorRole(),
          e.actorUnit(),
          e.action(),
          e.target(),
          json(e.beforeState()),
          json(e.afterState()),
          e.previousHash(),
          e.hash());
    }

    /** Stored JSON, embedded; text that no longer parses (tampered) is shown as a string. */
    private static JsonValue json(String text) {
      if (text == null) {
        return null;
      }
      try {
        return Json.createReader(new StringReader(text)).readValue();
      } catch (JsonException e) {
        return Json.createValue(text);
      }
    }
  }

  /**
   * The outcome of verifying the chain.
   *
   * @param intact whether every entry is as it was written
   * @param checked how many entries were read, the broken one included
   * @param firstBroken where the chain breaks first ({@link BreakView}), JSON {@code null} when
   *     intact: held as a JSON value because JSON-B (Yasson 3.0) leaves out a null object-typed
   *     property even under {@code @JsonbNillable}, and clients rely on the key being there
   */
  public record VerificationView(
      boolean intact,
      long checked,
      @Schema(implementation = BreakView.class, nullable = true) JsonValue firstBroken) {

    static VerificationView of(AuditVerification v, Locale l) {
      JsonValue broken =
          v.broken().<JsonValue>map(b -> BreakView.of(b, l).json()).orElse(JsonValue.NULL);
      return new VerificationView(v.intact(), v.checked(), broken);
    }
  }

  /**
   * The first broken entry.
   *
   * @param seq its number (for entries missing at the end, the first missing number)
   * @param kind CONTENT_CHANGED, LINK_BROKEN, SEQUENCE_GAP or HEAD_MISMATCH
   * @param reason what is wrong, for a person
   */
  public record BreakView(long seq, ChainBreak.Kind kind, String reason) {

    static BreakView of(ChainBreak b, Locale l) {
      return new BreakView(b.seq(), b.kind(), b.reason().in(l));
    }

    JsonObject json() {
      return Json.createObjectBuilder()
          .add("seq", seq)
          .add("kind", kind.name())
          .add("reason", reason)
          .build();
    }
  }
}
