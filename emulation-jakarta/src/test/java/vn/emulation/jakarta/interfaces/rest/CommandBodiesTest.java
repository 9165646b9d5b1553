package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.plan.PlanCommands.ChangeStatus;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;

class CommandBodiesTest {

  private static final Locale EN = Locale.ENGLISH;

  @Test
  void readsAReportExactlyAsSent() {
    MeasurementReport r =
        CommandBodies.read(
            MeasurementReport.class,
            "{\"indicatorCode\":\"G2\","
                + "\"unitCode\":\"30745\",\"year\":2025,\"breakdown\":\"\",\"numerator\":9223372036854775807,"
                + "\"denominator\":9223372036854775807}");

    assertThat(r)
        .isEqualTo(
            new MeasurementReport("G2", "30745", 2025, "", Long.MAX_VALUE, Long.MAX_VALUE, null));
    assertThat(CommandBodies.read(MeasurementReport.class, "{\"value\":12.50}").value())
        .isEqualTo(new BigDecimal("12.50"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "numerator|1.7|1.7",
        "numerator|18446744073709551617|18446744073709551617",
        "numerator|1e30|1e30",
        "numerator|1E2|1E2",
        "numerator|-0.0|-0.0",
        "numerator|\"5\"|\"5\"",
        "denominator|true|true",
        "year|2025.5|2025.5",
        "year|2025.0|2025.0",
        "year|2147483648|2147483648",
        "year|\"2025\"|\"2025\"",
        "value|\"12.5\"|\"12.5\"",
        "value|1e30|1e30",
        "value|1e-30|1e-30",
        "unitCode|30745|30745",
        "indicatorCode|[\"G2\"]|an array"
      })
  void refusesEveryCoercionNamingTheFieldAndQuotingTheValueAsSent(
      String field, String json, String quoted) {
    List<Problem> problems = problems(MeasurementReport.class, "{\"" + field + "\":" + json + "}");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo(field);
    assertThat(problems.get(0).reason().in(EN)).contains(quoted);
  }

  @Test
  void refusesUnknownFieldsByNameAndReportsEveryProblemAtOnce() {
    List<Problem> problems =
        problems(
            OpenUnit.class,
            "{\"code\":\"30799\",\"name\":\"Phường Mới\","
                + "\"level\":\"COMMUNE\",\"parent\":\"30730\",\"openedOn\":2025,\"colour\":\"red\"}");

    assertThat(paths(problems)).containsExactly("parent", "colour", "openedOn");
    assertThat(problems.get(0).reason().in(EN))
        .contains("Unknown field \"parent\"", "code, name, level, parentCode, openedOn");
  }

  @Test
  void refusesAFieldGivenTwice() {
    assertThat(
            paths(problems(CloseUnit.class, "{\"date\":\"2025-01-01\",\"date\":\"2026-01-01\"}")))
        .containsExactly("date");
  }

  @Test
  void refusesControlAndBidiCharactersInCodesAndText() {
    List<Problem> problems =
        problems(
            OpenUnit.class,
            "{\"code\":\"\\u0000\\u202E<script>\","
                + "\"name\":\"Ph\u202Eường\",\"level\":\"COMMUNE\",\"openedOn\":\"2025-07-01\"}");

    assertThat(paths(problems)).containsExactly("code", "name");
    assertThat(problems.get(0).reason().in(EN))
        .contains("\\u0000\\u202E<script>")
        .doesNotContain("\u0000", "\u202E");
    assertThat(problems.get(1).reason().in(EN)).contains("U+202E").doesNotContain("\u202E");
  }

  @Test
  void aCodeMatchesThePattern() {
    List<Problem> problems =
        problems(
            NewParticipant.class,
            "{\"id\":\"a b\",\"kind\":\"INDIVIDUAL\","
                + "\"name\":\"Võ Thị Mai\",\"categoryCode\":\"CITY_OFFICES\",\"unitCode\":\" 30745\"}");

    assertThat(paths(problems)).containsExactly("id", "unitCode");
    assertThat(problems.get(1).reason().in(EN)).contains("\" 30745\"");
  }

  @Test
  void readsNestedBodiesWithTheirPaths() {
    List<Problem> merge =
        problems(
            MergeUnits.class,
            "{\"sources\":[\"30730\",7],"
                + "\"successor\":{\"code\":\"30790\",\"name\":\"Rạch Giá\",\"level\":\"COMMUNE\","
                + "\"parent\":\"30001\"},\"date\":\"2025-07-01\"}");
    List<Problem> split =
        problems(
            SplitUnit.class,
            "{\"source\":\"30730\",\"successors\":"
                + "[{\"code\":\"30791\"},{\"code\":\"x y\",\"nam\":\"A\"}],\"date\":\"2025-07-01\"}");

    assertThat(paths(merge)).containsExactly("sources[1]", "successor.parent");
    assertThat(paths(split)).containsExactly("successors[1].nam", "successors[1].code");
    assertThat(
            CommandBodies.read(
                MoveUnit.class, "{\"from\":\"2025-07-01\",\"parentCode\":\"30001\"}"))
        .isEqualTo(new MoveUnit(LocalDate.of(2025, 7, 1), null, "30001"));
  }

  @Test
  void evidenceCountsAndAmountsAreIntegersUnderCodes() {
    List<Problem> problems =
        problems(
            EvidenceUpdate.class,
            "{\"answers\":{\"D1\":{\"answer\":"
                + "\"YES\",\"ref\":\"QĐ 12\"}},\"counts\":{\"recognisedInitiatives\":1.5,\"a b\":1},"
                + "\"amounts\":{\"contribution\":1e30},\"notRegistered\":\"false\"}");

    assertThat(paths(problems))
        .containsExactly(
            "answers.D1.ref",
            "counts.recognisedInitiatives",
            "counts.a b",
            "amounts.contribution",
            "notRegistered");
    EvidenceUpdate ok =
        CommandBodies.read(
            EvidenceUpdate.class,
            "{\"counts\":{\"n\":3},"
                + "\"amounts\":{\"m\":5000000},\"answers\":{\"D1\":{\"answer\":\"YES\"}}}");
    assertThat(ok.counts()).isEqualTo(Map.of("n", new BigDecimal(3)));
    assertThat(ok.amounts()).isEqualTo(Map.of("m", new BigDecimal(5000000)));
    assertThat(ok.answers().get("D1").answer()).isEqualTo(Answer.YES);
    assertThat(ok.unread().any()).isFalse();
  }

  @Test
  void evidenceAnswersAndTheRegistrationDayAreTypedAndWhatDoesNotReadIsHandedOn() {
    EvidenceUpdate bad =
        CommandBodies.read(
            EvidenceUpdate.class,
            "{\"answers\":{\"D1\":{\"answer\":\"MAYBE\"},\"D2\":{\"answer\":\" NO \"},"
                + "\"D3\":{\"reference\":\"QĐ 12\"}},\"registeredOn\":\"2022-02-30\","
                + "\"notRegistered\":true}");

    assertThat(paths(bad.unread().problems())).containsExactly("answers.D1.answer", "registeredOn");
    assertThat(bad.unread().problems().get(0).reason().en()).contains("\"MAYBE\"");
    assertThat(bad.answers().get("D1").answer()).isNull();
    assertThat(bad.answers().get("D2").answer()).isEqualTo(Answer.NO);
    assertThat(bad.answers().get("D3").answer()).isNull(); // absent: the use case says so
    assertThat(bad.registeredOn()).isNull();
    assertThat(
            CommandBodies.read(EvidenceUpdate.class, "{\"registeredOn\":\"2022-03-15\"}")
                .registeredOn())
        .isEqualTo(LocalDate.of(2022, 3, 15));
  }

  @Test
  void daysAndChoicesAreTypedAndWhatDoesNotReadIsHandedOnByField() {
    ChangeStatus ok =
        CommandBodies.read(ChangeStatus.class, "{\"status\":\" CLOSED \",\"date\":\"2026-01-01\"}");
    assertThat(ok).isEqualTo(new ChangeStatus(PlanStatus.CLOSED, LocalDate.of(2026, 1, 1)));
    assertThat(CommandBodies.read(CloseUnit.class, "{\"date\":\"  \"}"))
        .isEqualTo(new CloseUnit(null));

    ChangeStatus bad =
        CommandBodies.read(ChangeStatus.class, "{\"status\":\"OPEN\",\"date\":\"2024-13-01\"}");
    MoveUnit move = CommandBodies.read(MoveUnit.class, "{\"from\":\" 2025-07-01\"}");

    assertThat(bad.status()).isNull();
    assertThat(bad.date()).isNull();
    assertThat(paths(bad.unread().problems())).containsExactly("status", "date");
    assertThat(bad.unread().problems().get(1).reason().en()).contains("\"2024-13-01\"");
    assertThat(paths(move.unread().problems())).containsExactly("from");
    SplitUnit split =
        CommandBodies.read(
            SplitUnit.class,
            "{\"source\":\"30730\",\"successors\":[{\"level\":\"COMMUNE\"},"
                + "{\"level\":\"WARD\"}],\"date\":\"2025-7-1\"}");
    assertThat(split.successors().get(0).level()).isEqualTo(UnitLevel.COMMUNE);
    assertThat(paths(split.unread().problems())).containsExactly("successors[1].level", "date");
  }

  @Test
  void aBodyThatIsNotAnObjectOrNotJsonIsRefusedAsTheBody() {
    assertThat(paths(problems(CloseUnit.class, "[1]"))).containsExactly("body");
    assertThat(paths(problems(CloseUnit.class, "{\"date\":"))).containsExactly("body");
    assertThat(paths(problems(CloseUnit.class, "{} {}"))).containsExactly("body");
    assertThat(paths(problems(CloseUnit.class, "null"))).containsExactly("body");
    assertThat(paths(problems(CloseUnit.class, "   "))).containsExactly("body");
    assertThat(paths(problems(CloseUnit.class, "[".repeat(100)))).containsExactly("body");
  }

  @Test
  void theBodyMustBeUtf8() {
    assertThatThrownBy(() -> CommandBodyReader.utf8(new byte[] {'{', (byte) 0xC3, '}'}))
        .isInstanceOf(InvalidInputException.class);
  }

  private static List<Problem> problems(Class<?> type, String json) {
    try {
      CommandBodies.read(type, json);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("accepted: " + json);
  }

  private static List<String> paths(List<Problem> problems) {
    return problems.stream().map(Problem::path).collect(Collectors.toList());
  }
}
