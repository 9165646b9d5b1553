package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Transition;

/**
 * What every step's mapper shares (ADR 0037): a case's log as transition rows (seq 1…n) and back,
 * its row from the columns every step has and a body the step builds, the body read as JSON, and a
 * {@link FileReference} in a body. Stateless.
 */
final class CaseRows {

  private CaseRows() {}

  /**
   * The stored case of {@code kind}: the shared columns, the log's state, version and transitions,
   * and the step's own fields as the JSON {@code body}.
   */
  static CaseRepository.StoredCase stored(
      String kind,
      String id,
      String planCode,
      String unitCode,
      String openedBy,
      Instant openedAt,
      CaseLog<?> log,
      JsonObjectBuilder body) {
    return new CaseRepository.StoredCase(
        id,
        kind,
        planCode,
        unitCode,
        log.state().name(),
        log.version(),
        openedBy,
        openedAt,
        body.build().toString(),
        rows(log));
  }

  /** A log's transitions as rows, numbered from 1. */
  static List<CaseRepository.StoredTransition> rows(CaseLog<?> log) {
    List<CaseRepository.StoredTransition> ts = new ArrayList<>();
    List<? extends Transition<?>> all = log.transitions();
    for (int i = 0; i < all.size(); i++) {
      Transition<?> t = all.get(i);
      ts.add(
          new CaseRepository.StoredTransition(
              i + 1, t.command(), t.from().name(), t.to().name(), t.actor(), t.at(), t.reason()));
    }
    return ts;
  }

  /**
   * The log of a stored case, its states those of {@code states}: to be held to the lifecycle by
   * the core's restore.
   */
  static <S extends Enum<S>> CaseLog<S> log(CaseRepository.StoredCase c, Class<S> states) {
    List<Transition<S>> log =
        c.transitions().stream()
            .map(
                t ->
                    new Transition<>(
                        t.command(),
                        Enum.valueOf(states, t.from()),
                        Enum.valueOf(states, t.to()),
                        t.actor(),
                        t.at(),
                        t.reason()))
            .toList();
    return new CaseLog<>(Enum.valueOf(states, c.state()), c.version(), log);
  }

  /** The stored case's body. */
  static JsonObject body(CaseRepository.StoredCase c) {
    try (var reader = Json.createReader(new StringReader(c.body()))) {
      return reader.readObject();
    }
  }

  /** A file reference as a body's member. */
  static JsonObjectBuilder file(FileReference f) {
    return Json.createObjectBuilder()
        .add("name", f.name())
        .add("mediaType", f.mediaType())
        .add("size", f.size())
        .add("sha256", f.sha256());
  }

  /** A file reference read from a body's member. */
  static FileReference file(JsonObject f) {
    return new FileReference(
        f.getString("name"),
        f.getString("mediaType"),
        f.getJsonNumber("size").longValueExact(),
        f.getString("sha256"));
  }
}
