package vn.emulation.jakarta.format.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;

/** What the readers report about faulty law files: every problem, each at its JSON path. */
class LawJsonReaderTest {

  private static String patched(String resource, JsonPatch patch) {
    JsonObject doc = Json.createReader(new StringReader(LawSchemaTest.text(resource))).readObject();
    return patch.apply(doc).toString();
  }

  private static Map<String, String> problemsOf(Runnable read) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
    assertThat(e).as("the file is refused").isNotNull();
    List<Problem> problems = e.problems();
    assertThat(problems).allSatisfy(p -> assertThat(p.reason().en()).isNotEqualTo(p.reason().vi()));
    return problems.stream()
        .collect(Collectors.toMap(Problem::path, p -> p.reason().en(), (a, b) -> a + " | " + b));
  }

  @Test
  void everyStructuralProblemIsReportedAtItsPathAtOnce() {
    String json =
        patched(
            BuiltInLaw.RULE_SET,
            Json.createPatchBuilder()
                .replace("/format", "emulation-law/2")
                .add("/versions/0/weight", 2)
                .replace("/versions/0/forms/3/authorities/0/office", "MAYOR")
                .replace("/versions/1/forms/3/code", "giay-khen")
                .remove("/versions/1/forms/5/dossier/electronicFiles")
                .replace("/versions/1/forms/5/prerequisites/alternatives/1/kind", "ALL_BUT")
                .replace("/versions/1/effectiveFrom", "2025-07-32")
                .build());

    Map<String, String> problems = problemsOf(() -> new LawJsonReader().read(json));

    assertThat(problems)
        .containsEntry(
            "format", "Unsupported format \"emulation-law/2\"; expected \"emulation-law/1\"")
        .containsEntry("versions[0].weight", "Unknown field \"weight\"")
        .containsEntry("versions[1].effectiveFrom", "\"2025-07-32\" is not a valid date YYYY-MM-DD")
        .containsEntry(
            "versions[1].forms[5].dossier.electronicFiles",
            "Missing required field \"electronicFiles\"")
        .containsKey("versions[0].forms[3].authorities[0].office")
        .containsKey("versions[1].forms[3].code")
        .containsKey("versions[1].forms[5].prerequisites.alternatives[1].kind");
    assertThat(problems.get("versions[0].forms[3].authorities[0].office"))
        .startsWith("Unknown value \"MAYOR\"; allowed: COMMUNE_CHAIRMAN");
  }

  @Test
  void aSoundFileIsThenCheckedByTheCoreAtTheSamePaths() {
    String json =
        patched(
            BuiltInLaw.RULE_SET,
            Json.createPatchBuilder()
                .replace(
                    "/versions/1/forms/5/prerequisites/alternatives/1/conditions/0/form",
                    "KY_NIEM_CHUONG")
                .replace("/versions/0/effectiveTo", "2025-07-01")
                .replace("/versions/1/forms/1/authorities/0/citation/text", "DECREE_98_2023")
                .build());

    Map<String, String> problems = problemsOf(() -> new LawJsonReader().read(json));

    assertThat(problems)
        .containsEntry(
            "versions[1].forms[5].prerequisites.alternatives[1].conditions[0].form",
            "This version has no form \"KY_NIEM_CHUONG\"")
        .containsEntry(
            "versions[1].effectiveFrom",
            "A version taking effect 2025-07-01 must start after the last day of version 1")
        .containsEntry(
            "versions[1].forms[1].authorities[0].citation.text",
            "The citation names \"DECREE_98_2023\", which is not one of the version's texts")
        .containsKey("versions[0].texts[1]");
  }

  @Test
  void malformedJsonIsReportedOnceWithItsLine() {
    Map<String, String> problems =
        problemsOf(() -> new LawJsonReader().read("{\n \"format\": \"emulation-law/1\",\n }"));
    assertThat(problems).containsOnlyKeys("$");
    assertThat(problems.get("$")).startsWith("Malformed JSON at line 3");
  }

  @Test
  void theHolidayFileReportsAYearGivenTwiceAndADayOutsideItsYear() {
    String json =
        patched(
            BuiltInLaw.HOLIDAYS,
            Json.createPatchBuilder()
                .add(
                    "/years/-",
                    Json.createObjectBuilder()
                        .add("year", 2026)
                        .add("sources", Json.createArrayBuilder())
                        .add("daysOff", Json.createArrayBuilder())
                        .add("workingWeekends", Json.createArrayBuilder())
                        .build())
                .replace("/years/0/daysOff/0/date", "2025-01-01")
                .build());

    Map<String, String> problems = problemsOf(() -> new HolidaysJsonReader().read(json));

    assertThat(problems).containsKey("years[0]");
    assertThat(problems.get("years[0]")).contains("2025-01-01 is not in the year 2026");
  }

  @Test
  void theHolidayFileWithTwoEqualYearsIsRefusedAtTheSecond() {
    String json =
        patched(
            BuiltInLaw.HOLIDAYS,
            Json.createPatchBuilder()
                .add(
                    "/years/-",
                    Json.createObjectBuilder()
                        .add("year", 2026)
                        .add("sources", Json.createArrayBuilder())
                        .add("daysOff", Json.createArrayBuilder())
                        .add("workingWeekends", Json.createArrayBuilder())
                        .build())
                .build());

    assertThat(problemsOf(() -> new HolidaysJsonReader().read(json)))
        .containsEntry("years[1].year", "\"2026\" is listed twice");
  }
}
