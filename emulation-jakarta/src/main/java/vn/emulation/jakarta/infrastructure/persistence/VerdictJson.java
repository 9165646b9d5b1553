package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.evaluation.CriterionRecord;
import vn.emulation.core.evaluation.CriterionStatus;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictRecord;

/**
 * The explanation of a verdict stored before V11 as the JSON text of its {@code explanation}
 * column: the award form's name, every criterion result with its wording and status, and the
 * blockers. Read back to an equal {@link VerdictRecord}; the row keeps the participant, the
 * occasion and the outcome beside it. Since V11 a verdict keeps its facts instead (ADR 0043);
 * {@link #write} is left for the tests that store a row as it was stored before. Stateless.
 */
final class VerdictJson {

  private VerdictJson() {}

  static String write(VerdictRecord v) {
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (CriterionRecord r : v.results()) {
      results.add(
          Json.createObjectBuilder()
              .add("code", r.code())
              .add("name", text(r.name()))
              .add("status", r.status().name())
              .add("explanation", text(r.explanation())));
    }
    JsonArrayBuilder blockers = Json.createArrayBuilder();
    v.blockers().forEach(blockers::add);
    return Json.createObjectBuilder()
        .add("awardFormName", text(v.awardFormName()))
        .add("results", results)
        .add("blockers", blockers)
        .build()
        .toString();
  }

  static VerdictRecord read(
      String participantId,
      String occasionCode,
      String awardFormCode,
      String outcome,
      String json) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      o = r.readObject();
    }
    List<CriterionRecord> results =
        o.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(
                r ->
                    new CriterionRecord(
                        r.getString("code"),
                        text(r.getJsonObject("name")),
                        CriterionStatus.valueOf(r.getString("status")),
                        text(r.getJsonObject("explanation"))))
            .toList();
    List<String> blockers =
        o.getJsonArray("blockers").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    return new VerdictRecord(
        participantId,
        occasionCode,
        awardFormCode,
        text(o.getJsonObject("awardFormName")),
        Outcome.valueOf(outcome),
        results,
        blockers);
  }

  private static JsonObject text(LocalizedText t) {
    return Json.createObjectBuilder().add("vi", t.vi()).add("en", t.en()).build();
  }

  private static LocalizedText text(JsonObject o) {
    return LocalizedText.of(o.getString("vi"), o.getString("en"));
  }
}
