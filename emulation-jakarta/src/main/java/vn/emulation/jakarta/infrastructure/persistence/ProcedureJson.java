package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.FormKind;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Lifecycle;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Transition;

/**
 * What the bodies of the steps after the appraisal share (announcement, council, submission,
 * revocation; ADR 0040): nominees and decisions as JSON-P objects, and a case's transitions as the
 * stored rows and back. The cases of these steps count their version from 0 when opened; the V10
 * column counts from 1 (the opening is the first act), so the stored version is the case's plus
 * one, here and only here. Stateless.
 */
final class ProcedureJson {

  /**
   * The unit column of a case that concerns the whole plan rather than one unit (an announcement, a
   * council meeting, a submission): no unit code has this form (TextRules), so no unit's scope
   * reaches it.
   */
  static final String CITY_WIDE = "*";

  private ProcedureJson() {}

  static JsonObject parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The V10 column's version of a case whose own version counts from 0. */
  static long storedVersion(long caseVersion) {
    return caseVersion + 1;
  }

  /** The case's version of a stored row. */
  static long caseVersion(long storedVersion) {
    return storedVersion - 1;
  }

  static JsonObjectBuilder nominee(Nominee n) {
    return Json.createObjectBuilder()
        .add("nominationId", n.nominationId())
        .add("participantId", n.participantId())
        .add("kind", n.kind().name())
        .add("unitCode", n.unitCode())
        .add("form", n.form())
        .add("year", n.year())
        .add("appraisal", n.appraisal().name());
  }

  static Nominee nominee(JsonObject o) {
    return new Nominee(
        o.getString("nominationId"),
        o.getString("participantId"),
        Recipient.valueOf(o.getString("kind")),
        o.getString("unitCode"),
        o.getString("form"),
        o.getInt("year"),
        Eligibility.valueOf(o.getString("appraisal")));
  }

  static JsonArrayBuilder nominees(List<Nominee> nominees) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    nominees.forEach(n -> a.add(nominee(n)));
    return a;
  }

  static List<Nominee> nominees(JsonArray a) {
    return objects(a, ProcedureJson::nominee);
  }

  static JsonObjectBuilder decision(Decision d) {
    return Json.createObjectBuilder()
        .add("number", d.number())
        .add("decidedOn", d.decidedOn().toString())
        .add("signer", d.signer())
        .add("office", d.office().name())
        .add("authority", d.authority())
        .add("form", d.form())
        .add("kind", d.kind().name())
        .add("type", d.type().name())
        .add("awardees", nominees(d.awardees()));
  }

  static Decision decision(JsonObject o) {
    return new Decision(
        o.getString("number"),
        LocalDate.parse(o.getString("decidedOn")),
        o.getString("signer"),
        Office.valueOf(o.getString("office")),
        o.getString("authority"),
        o.getString("form"),
        FormKind.valueOf(o.getString("kind")),
        AwardType.valueOf(o.getString("type")),
        nominees(o.getJsonArray("awardees")));
  }

  static JsonArrayBuilder strings(List<String> values) {
    return Json.createArrayBuilder(values);
  }

  static List<String> strings(JsonArray a) {
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  static <T> List<T> objects(JsonArray a, Function<JsonObject, T> read) {
    List<T> result = new ArrayList<>(a.size());
    for (JsonValue v : a) {
      result.add(read.apply(v.asJsonObject()));
    }
    return List.copyOf(result);
  }

  /** An optional text: absent when null. */
  static void optional(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  static void optional(JsonObjectBuilder b, String name, LocalDate value) {
    if (value != null) {
      b.add(name, value.toString());
    }
  }

  static void optional(JsonObjectBuilder b, String name, Instant value) {
    if (value != null) {
      b.add(name, value.toString());
    }
  }

  static LocalDate day(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? LocalDate.parse(o.getString(name)) : null;
  }

  static String text(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
  }

  /** A case's transitions as the rows of {@code procedure_transition}, numbered from 1. */
  static <S extends Enum<S>> List<CaseRepository.StoredTransition> rows(
      List<Transition<S>> transitions) {
    List<CaseRepository.StoredTransition> rows = new ArrayList<>(transitions.size());
    for (int i = 0; i < transitions.size(); i++) {
      Transition<S> t = transitions.get(i);
      rows.add(
          new CaseRepository.StoredTransition(
              i + 1, t.command(), t.from().name(), t.to().name(), t.actor(), t.at(), t.reason()));
    }
    return rows;
  }

  /**
   * The stored rows as the case's transitions, held to its lifecycle by the core ({@link
   * Lifecycle#restored}): they follow one another from {@code initial} to the stored state, and the
   * stored version counts them (1 + one per transition); a row no command could have made fails
   * loudly.
   *
   * @throws IllegalArgumentException when they do not
   */
  static <S extends Enum<S>> List<Transition<S>> transitions(
      CaseRepository.StoredCase c, Lifecycle<S> lifecycle, Class<S> states, S initial) {
    CaseLog<S> log = CaseRows.log(c, states);
    return lifecycle.restored(c.id(), initial, log).transitions();
  }
}
