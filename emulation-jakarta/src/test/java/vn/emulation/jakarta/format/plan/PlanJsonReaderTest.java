package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.jakarta.format.plan.PlanFiles.fixtureWith;

import jakarta.json.Json;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.unit.UnitLevel;

/** What the reader reports about faulty plan files: every problem, each at its path. */
class PlanJsonReaderTest {

  private final PlanJsonReader reader = new PlanJsonReader();

  private List<Problem> problemsOf(String json) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));
    assertThat(e).as("the reader rejects the document").isNotNull();
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.reason().vi()).isNotBlank();
              assertThat(p.reason().en()).isNotBlank().isNotEqualTo(p.reason().vi());
            });
    return e.problems();
  }

  private static Map<String, String> byPath(List<Problem> problems) {
    // a path reported twice shows up joined, and fails the exact message checks
    return problems.stream()
        .collect(Collectors.toMap(Problem::path, p -> p.reason().en(), (a, b) -> a + " | " + b));
  }

  @Test
  void reportsMalformedJsonOnceWithLineAndColumn() {
    String json = "{\n  \"format\": \"emulation-plan/1\",\n  \"code\": \"x\"\n  \"version\": 1\n}";

    List<Problem> problems = problemsOf(json);

    // the column falls within the token where the comma is missing ("version": columns 3–11);
    // which end of it is the JSON-P provider's choice
    String column = "([3-9]|1[0-2])";
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$");
              assertThat(p.reason().en())
                  .containsPattern("^Malformed JSON at line 4, column " + column + ":");
              assertThat(p.reason().vi())
                  .containsPattern("^JSON sai cú pháp tại dòng 4, cột " + column + ":");
            });
  }

  static Stream<Arguments> notOneJsonDocument() {
    return Stream.of(
        Arguments.of("a name given twice", "{\"code\": \"a\",\n \"code\": \"b\"}", "line 2"),
        Arguments.of("content after the end", "{}\n{}", "line 2"),
        Arguments.of("an unfinished document", "{\"code\": ", "line 1"),
        Arguments.of("an empty document", "", "line 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notOneJsonDocument")
  void refusesWhatIsNotOneJsonDocument(String fault, String json, String where) {
    assertThat(problemsOf(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$");
              assertThat(p.reason().en()).startsWith("Malformed JSON at " + where + ", column ");
            });
  }

  @Test
  void refusesADocumentThatIsNoObject() {
    assertThat(problemsOf("[1, 2]")).singleElement().extracting(Problem::path).isEqualTo("$");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    // "Rạch" with its "ạ" cut short: E1 BA needs a third byte
    byte[] bytes = {
      '{', '"', 'c', '"', ':', '"', 'R', (byte) 0xE1, (byte) 0xBA, 'c', 'h', '"', '}'
    };

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> reader.read(new ByteArrayInputStream(bytes)));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$");
              assertThat(p.reason().en()).startsWith("Cannot read the document");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "["})
  void refusesADocumentNestedAThousandDeepAsInputNotAsAFailure(String opening) {
    String close = opening.equals("[") ? "]" : "}";
    String json = opening.repeat(1000) + (opening.equals("[") ? "" : "1") + close.repeat(1000);

    assertThat(problemsOf(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$");
              assertThat(p.reason().en()).isEqualTo("The document is nested deeper than 64 levels");
              assertThat(p.reason().vi()).isEqualTo("Tài liệu lồng nhau quá 64 cấp");
            });
  }

  @Test
  void unreadableBytesAreDescribedWithoutJavaClassNames() {
    byte[] bytes = {'{', '"', 'c', '"', ':', '"', (byte) 0xFF, '"', '}'};

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> reader.read(new ByteArrayInputStream(bytes)));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.reason().en()).doesNotContain("Exception", "java.").contains("UTF-8"));
  }

  @Test
  void reportsEveryStructuralFaultAtOnceWithItsPath() {
    JsonPatchBuilder faults =
        Json.createPatchBuilder()
            .replace("/format", "emulation-plan/2")
            .replace("/version", "2")
            .replace("/documentNumber", 15)
            .replace("/milestones/0/year", Json.createValue(new BigDecimal("2024.5")))
            .remove("/deadlines/0/dueOn")
            .replace("/indicators/1/name", "Tỷ lệ thủ tục trực tuyến")
            .replace("/indicators/2/unit", "PERCENTAGE")
            .replace("/targets/0/threshold", "90.5")
            .add("/criteria/0/mayNotAply", true)
            .replace("/criteria/2/kind", "REGISTRATION")
            .add("/criteria/4/minimumMetParameter", "SOME_TARGETS")
            .replace("/criteria/7/alternatives/0/code", " ")
            .replace("/occasions/0/heldFrom", "2024-13-01")
            .replace("/occasions/1/heldUntil", "2025-09-30");

    Map<String, String> problems = byPath(problemsOf(fixtureWith(faults.build())));

    assertThat(problems)
        .containsOnlyKeys(
            "format",
            "version",
            "documentNumber",
            "milestones[0].year",
            "deadlines[0].dueOn",
            "indicators[1].name",
            "indicators[2].unit",
            "targets[0].threshold",
            "criteria[0].mayNotAply",
            "criteria[2].kind",
            "criteria[4]",
            "criteria[7].alternatives[0].code",
            "occasions[0].heldFrom",
            "occasions[1]");
    assertThat(problems.get("format"))
        .isEqualTo("Unsupported format \"emulation-plan/2\"; expected \"emulation-plan/1\"");
    assertThat(problems.get("version")).isEqualTo("Expected a number, found a string");
    assertThat(problems.get("documentNumber")).isEqualTo("Expected a string, found a number");
    assertThat(problems.get("milestones[0].year")).isEqualTo("Expected an integer, found 2024.5");
    assertThat(problems.get("deadlines[0].dueOn")).isEqualTo("Missing required field \"dueOn\"");
    assertThat(problems.get("indicators[1].name")).isEqualTo("Expected an object, found a string");
    assertThat(problems.get("indicators[2].unit"))
        .isEqualTo("Unknown value \"PERCENTAGE\"; allowed: PERCENT, COUNT, VND");
    assertThat(problems.get("targets[0].threshold")).isEqualTo("Expected a number, found a string");
    assertThat(problems.get("criteria[0].mayNotAply")).isEqualTo("Unknown field \"mayNotAply\"");
    assertThat(problems.get("criteria[2].kind"))
        .isEqualTo(
            "Unknown value \"REGISTRATION\"; "
                + "allowed: DECLARATION, REGISTERED_PLAN, TARGET_ATTAINMENT, NORM, COUNT, ANY_OF");
    assertThat(problems.get("criteria[4]")).startsWith("Invalid element: ").contains("TARGETS-TWO");
    assertThat(problems.get("criteria[7].alternatives[0].code")).isEqualTo("Must not be blank");
    assertThat(problems.get("occasions[0].heldFrom"))
        .isEqualTo("\"2024-13-01\" is not a valid date YYYY-MM-DD");
    assertThat(problems.get("occasions[1]")).startsWith("Invalid element: ").contains("FINAL-2025");
  }

  @Test
  void reportsMissingAndMistypedPartsOfTheHead() {
    JsonPatchBuilder faults =
        Json.createPatchBuilder()
            .remove("/format")
            .replace("/code", "Phuong Mau")
            .replace(
                "/period", Json.createObjectBuilder().add("first", 2025).add("last", 2024).build())
            .replace("/status", Json.createValue(1))
            .replace("/targets", Json.createObjectBuilder().build())
            .add("/colour", "blue");

    Map<String, String> problems = byPath(problemsOf(fixtureWith(faults.build())));

    assertThat(problems)
        .containsOnlyKeys("format", "code", "period", "status", "targets", "colour");
    assertThat(problems.get("format")).isEqualTo("Missing required field \"format\"");
    assertThat(problems.get("period")).startsWith("Invalid element: ");
    assertThat(problems.get("targets")).isEqualTo("Expected an array, found an object");
  }

  @Test
  void refusesControlAndBidiCharactersInAnyText() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .replace("/documentNumber", "15/KH-UBND\u0000")
                .replace("/title/vi", "K\u1ebf ho\u1ea1ch \u202Eth\u1eed")
                .build());

    Map<String, String> problems = byPath(problemsOf(json));

    assertThat(problems).containsOnlyKeys("documentNumber", "title.vi");
    assertThat(problems.get("title.vi")).contains("U+202E").doesNotContain("\u202E");
  }

  @Test
  void reportsRepeatsInAListOfCodes() {
    String json =
        fixtureWith(Json.createPatchBuilder().add("/awardForms/0/criteria/-", "GEN-PARTY").build());

    assertThat(problemsOf(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("awardForms[0].criteria[5]");
              assertThat(p.reason().en()).isEqualTo("\"GEN-PARTY\" is listed twice");
            });
  }

  @Test
  void reportsEveryFaultOfTheCriteriaForSomeOccasionsWithItsPath() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .add(
                    "/awardForms/1/occasionCriteria",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add(
                                    "occasions",
                                    Json.createArrayBuilder().add("ANNUAL").add("SO_KET"))
                                .add("criteria", Json.createArrayBuilder().add("INITIATIVE")))
                        .add(
                            Json.createObjectBuilder()
                                .add("criteria", Json.createArrayBuilder().add("INITIATIVE"))
                                .add("awardForms", Json.createArrayBuilder()))
                        .build())
                .build());

    Map<String, String> problems = byPath(problemsOf(json));

    assertThat(problems)
        .containsOnlyKeys(
            "awardForms[1].occasionCriteria[0].occasions[1]",
            "awardForms[1].occasionCriteria[1].occasions",
            "awardForms[1].occasionCriteria[1].awardForms");
    assertThat(problems.get("awardForms[1].occasionCriteria[0].occasions[1]"))
        .isEqualTo("Unknown value \"SO_KET\"; allowed: ANNUAL, INTERIM, FINAL");
    assertThat(problems.get("awardForms[1].occasionCriteria[1].occasions"))
        .isEqualTo("Missing required field \"occasions\"");
  }

  @Test
  void reportsTheModelsProblemsWithTheCriteriaForSomeOccasions() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .add(
                    "/awardForms/1/occasionCriteria",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("occasions", Json.createArrayBuilder())
                                .add(
                                    "criteria",
                                    Json.createArrayBuilder().add("NO-SUCH").add("GEN-POLICY")))
                        .build())
                .build());

    Map<String, String> problems = byPath(problemsOf(json));

    assertThat(problems)
        .containsOnlyKeys(
            "awardForms[1].occasionCriteria[0].occasions",
            "awardForms[1].occasionCriteria[0].criteria[0]",
            "awardForms[1].occasionCriteria[0].criteria[1]");
    assertThat(problems.get("awardForms[1].occasionCriteria[0].criteria[0]"))
        .isEqualTo("Unknown criterion \"NO-SUCH\"");
  }

  @Test
  void reportsTheModelsOwnProblemsOnceTheStructureIsSound() {
    JsonPatchBuilder faults =
        Json.createPatchBuilder()
            .add(
                "/deadlines/-",
                Json.createObjectBuilder()
                    .add("code", "REGISTRATION")
                    .add("name", Json.createObjectBuilder().add("vi", "Đăng ký lần hai"))
                    .add("dueOn", "2024-03-31")
                    .build())
            .replace("/targets/0/threshold", 120)
            .replace("/criteria/3/indicators/2", "S9");

    List<Problem> problems = problemsOf(fixtureWith(faults.build()));

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "deadlines[1].code", "targets[0].threshold", "criteria[3].indicators[2]");
    Map<String, String> byPath = byPath(problems);
    assertThat(byPath.get("deadlines[1].code")).isEqualTo("Duplicate code \"REGISTRATION\"");
    assertThat(byPath.get("targets[0].threshold"))
        .isEqualTo("Percent threshold 120 must lie within 0–100");
    assertThat(byPath.get("criteria[3].indicators[2]")).isEqualTo("Unknown indicator \"S9\"");
  }

  @Test
  void leavesTheModelChecksUntilTheStructureIsSound() {
    JsonPatchBuilder faults =
        Json.createPatchBuilder()
            .replace("/targets/0/threshold", 120)
            .replace("/occasions/0/year", "2024");

    assertThat(problemsOf(fixtureWith(faults.build())))
        .extracting(Problem::path)
        .containsExactly("occasions[0].year");
  }

  @Test
  void keepsThePathsOfNestedElements() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .replace("/targets/1/scope/levels/1", "WARD")
                .replace("/awardForms/1/dossier/0/name/vi", "")
                .replace("/criteria/7/alternatives/1/mayNotApply", "no")
                .build());

    Map<String, String> problems = byPath(problemsOf(json));

    assertThat(problems)
        .containsOnlyKeys(
            "targets[1].scope.levels[1]",
            "awardForms[1].dossier[0].name.vi",
            "criteria[7].alternatives[1].mayNotApply");
    assertThat(problems.get("targets[1].scope.levels[1]"))
        .isEqualTo("Unknown value \"WARD\"; allowed: PROVINCE, DISTRICT, COMMUNE");
  }

  @Test
  void readsWhatTheFormatAllowsToOmitAsItsDefault() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .remove("/targets/0/scope")
                .remove("/targets/1/scope/categories")
                .remove("/targets/1/scope/eachBreakdown")
                .remove("/criteria/0/appliesTo")
                .remove("/criteria/1/mayNotApply")
                .remove("/categories/0/name/en")
                .build());

    Plan plan = reader.read(json);

    assertThat(plan.targets().get(0).scope()).isEqualTo(TargetScope.EVERYWHERE);
    assertThat(plan.targets().get(1).scope())
        .isEqualTo(new TargetScope(Set.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE), Set.of(), false));
    assertThat(plan.criteria().get(0).isGeneral()).isTrue();
    assertThat(((DeclarationCriterion) plan.criteria().get(1)).mayNotApply()).isFalse();
    assertThat(plan.categories().get(0).name().en()).isEqualTo("Ủy ban nhân dân các khu phố");
  }

  @Test
  void wantsNullableFieldsPresentAndCodesWellFormed() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .remove("/documentNumber")
                .remove("/parameters/1/value")
                .replace("/issuedOn", JsonValue.NULL)
                .replace("/indicators/0/code", "g1")
                .replace("/criteria/6/fact", "contribution_vnd")
                .replace("/awardForms/0/criteria/0", "gen-policy")
                .build());

    Map<String, String> problems = byPath(problemsOf(json));

    assertThat(problems)
        .containsOnlyKeys(
            "documentNumber",
            "parameters[1].value",
            "indicators[0].code",
            "criteria[6].fact",
            "awardForms[0].criteria[0]");
    assertThat(problems.get("parameters[1].value")).isEqualTo("Missing required field \"value\"");
    assertThat(problems.get("indicators[0].code"))
        .isEqualTo("Code \"g1\" must be 1 to 64 upper-case letters, digits, '_' and '-'");
    assertThat(problems.get("criteria[6].fact"))
        .isEqualTo("Key \"contribution_vnd\" must be lowerCamelCase letters and digits");
  }

  @Test
  void wantsCriterionCodesUniqueInsideAlternativesToo() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .replace("/criteria/7/alternatives/1/code", "GEN-POLICY")
                .replace("/criteria/5/code", "TARGETS-TWO")
                .remove("/awardForms/1/criteria/2")
                .build());

    assertThat(problemsOf(json))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("criteria[5].code", "criteria[7].alternatives[1].code");
  }

  @Test
  void namesThePathInTheExceptionMessage() {
    String json =
        fixtureWith(Json.createPatchBuilder().replace("/targets/3/threshold", "many").build());

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));

    assertThat(e).hasMessageContaining("targets[3].threshold: Expected a number, found a string");
  }
}
