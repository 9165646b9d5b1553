package vn.emulation.jakarta.application.audit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.emulation.jakarta.infrastructure.json.ApiJson;

/**
 * Writes a target's state as JSON text with JSON-B, with the API's number format. The states are
 * the application's own records ({@code UnitHistory}, {@code ParticipantState}, {@code
 * MeasurementState}, …), never the API's views, so that the same change is written the same
 * whatever the views become (ADR 0026). The text is stored and hashed as written, so it needs no
 * canonical form. Thread-safe: a {@link Jsonb} instance is.
 */
final class AuditStates {

  private static volatile Jsonb jsonb;

  private AuditStates() {}

  /** The state as JSON, null for none. */
  static String json(Object state) {
    return state == null ? null : jsonb().toJson(state);
  }

  /** Created on first use, in the application's context, where the server's JSON-B is found. */
  private static Jsonb jsonb() {
    Jsonb j = jsonb;
    if (j == null) {
      synchronized (AuditStates.class) {
        j = jsonb;
        if (j == null) {
          j = JsonbBuilder.create(ApiJson.config());
          jsonb = j;
        }
      }
    }
    return j;
  }
}
