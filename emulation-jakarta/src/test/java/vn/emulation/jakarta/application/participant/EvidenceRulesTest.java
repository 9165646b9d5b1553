package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.paths;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;

class EvidenceRulesTest {

  private final EvidenceRules rules = new EvidenceRules(RachGia.PLAN);
  private final Participant official =
      new Individual("o1", "Nguyễn Thị Hồng Linh", "OFFICIALS", "30730");
  private final Participant school =
      new Collective("s1", "Trường Tiểu học Vĩnh Thanh Vân", "SCHOOLS", "30730");

  private static EvidenceUpdate answers(Map<String, AnswerInput> answers) {
    return new EvidenceUpdate(answers, null, null, null, null);
  }

  @Test
  void acceptsAnswersToDeclarationsAlsoInsideAnAnyOfCountsAmountsAndARegistration() {
    var checked =
        rules.check(
            official,
            new EvidenceUpdate(
                Map.of(
                    "GEN-POLICY",
                    new AnswerInput("YES", " 123/QĐ-UBND "),
                    "E-OFFICIALS-MEASURES",
                    new AnswerInput("NO", null),
                    "GEN-UNITY",
                    new AnswerInput("NOT_APPLICABLE", "")),
                Map.of("recognisedInitiatives", new BigDecimal("2")),
                Map.of("contributionVnd", new BigDecimal("5.0E6")),
                "2022-03-15",
                null));

    var facts = checked.facts();
    assertThat(facts.declarations().get("GEN-POLICY").reference()).isEqualTo("123/QĐ-UBND");
    assertThat(facts.declarations().get("E-OFFICIALS-MEASURES").answer()).isEqualTo(Answer.NO);
    assertThat(facts.declarations().get("GEN-UNITY").reference()).isNull();
    assertThat(facts.counts()).containsEntry("recognisedInitiatives", 2);
    assertThat(facts.amounts()).containsEntry("contributionVnd", 5_000_000L);
    assertThat(facts.registeredOn()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(checked.registration()).isTrue();
  }

  @Test
  void refusesCriteriaThatAreNoDeclarationOrDoNotConcernTheCategory() {
    assertThat(
            paths(
                () ->
                    rules.check(
                        official,
                        answers(
                            Map.of(
                                "E-OFFICIALS", new AnswerInput("YES", null),
                                "D-TELEMEDICINE", new AnswerInput("YES", null),
                                "B-OWN-PLAN", new AnswerInput("YES", null),
                                "NOPE", new AnswerInput("YES", null))))))
        .containsExactlyInAnyOrder(
            "answers.E-OFFICIALS", "answers.D-TELEMEDICINE", "answers.B-OWN-PLAN", "answers.NOPE");
    assertThat(
            paths(
                () ->
                    rules.check(
                        school,
                        answers(Map.of("E-OFFICIALS-MEASURES", new AnswerInput("YES", null))))))
        .containsExactly("answers.E-OFFICIALS-MEASURES");
  }

  @Test
  void refusesBadAnswersAndNotApplicableWhereThePlanDoesNotAllowIt() {
    assertThat(
            paths(
                () ->
                    rules.check(
                        school,
                        answers(
                            Map.of(
                                "GEN-POLICY", new AnswerInput("MAYBE", null),
                                "GEN-TASKS", new AnswerInput("NOT_APPLICABLE", null),
                                "D-STANDARD-DATA", new AnswerInput(null, null))))))
        .containsExactlyInAnyOrder(
            "answers.GEN-POLICY.answer",
            "answers.GEN-TASKS.answer",
            "answers.D-STANDARD-DATA.answer");
  }

  @Test
  void countsAndAmountsAreWholeNumbersUnderTheirOwnKeys() {
    assertThat(
            paths(
                () ->
                    rules.check(
                        official,
                        new EvidenceUpdate(
                            null,
                            Map.of(
                                "contributionVnd",
                                BigDecimal.ONE,
                                "recognisedInitiatives",
                                new BigDecimal("1.5"),
                                "priorPrimeMinisterBangKhen",
                                new BigDecimal("3000000000"),
                                "consecutiveYearsCompletedWell",
                                new BigDecimal("-1")),
                            Map.of(
                                "recognisedInitiatives",
                                BigDecimal.ONE,
                                "contributionVnd",
                                new BigDecimal("1E+400")),
                            "2022-02-30",
                            true))))
        .containsExactlyInAnyOrder(
            "counts.contributionVnd",
            "counts.recognisedInitiatives",
            "counts.priorPrimeMinisterBangKhen",
            "counts.consecutiveYearsCompletedWell",
            "amounts.recognisedInitiatives",
            "amounts.contributionVnd",
            "registeredOn",
            "notRegistered");
  }

  @Test
  void anEmptyUpdateChangesNothing() {
    var checked = rules.check(school, new EvidenceUpdate(null, null, null, null, false));

    assertThat(checked.registration()).isFalse();
    assertThat(checked.facts().declarations()).isEmpty();
  }
}
