package vn.emulation.jakarta.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.paths;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.messages.AdapterMessages;

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
                    new AnswerInput(Answer.YES, " 123/QĐ-UBND "),
                    "E-OFFICIALS-MEASURES",
                    new AnswerInput(Answer.NO, null),
                    "GEN-UNITY",
                    new AnswerInput(Answer.NOT_APPLICABLE, "")),
                Map.of("recognisedInitiatives", new BigDecimal("2")),
                Map.of("contributionVnd", new BigDecimal("5.0E6")),
                LocalDate.of(2022, 3, 15),
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
                                "E-OFFICIALS", new AnswerInput(Answer.YES, null),
                                "D-TELEMEDICINE", new AnswerInput(Answer.YES, null),
                                "B-OWN-PLAN", new AnswerInput(Answer.YES, null),
                                "NOPE", new AnswerInput(Answer.YES, null))))))
        .containsExactlyInAnyOrder(
            "answers.E-OFFICIALS", "answers.D-TELEMEDICINE", "answers.B-OWN-PLAN", "answers.NOPE");
    assertThat(
            paths(
                () ->
                    rules.check(
                        school,
                        answers(
                            Map.of("E-OFFICIALS-MEASURES", new AnswerInput(Answer.YES, null))))))
        .containsExactly("answers.E-OFFICIALS-MEASURES");
  }

  /** The problem the edge records for an answer that is none of the choices ("MAYBE"). */
  private static Problem unreadAnswer(String code) {
    return new Problem(
        "answers." + code + ".answer",
        AdapterMessages.text("application.choice.unknown", "YES, NO, NOT_APPLICABLE", "\"MAYBE\""));
  }

  @Test
  void refusesBadAnswersAndNotApplicableWhereThePlanDoesNotAllowIt() {
    Map<String, AnswerInput> answers = new LinkedHashMap<>();
    answers.put("GEN-POLICY", new AnswerInput(null, null)); // "MAYBE": not read by the edge
    answers.put("GEN-TASKS", new AnswerInput(Answer.NOT_APPLICABLE, null));
    answers.put("D-STANDARD-DATA", new AnswerInput(null, null)); // not given
    EvidenceUpdate update =
        new EvidenceUpdate(
            answers, null, null, null, null, new Unread(List.of(unreadAnswer("GEN-POLICY"))));

    assertThatThrownBy(() -> rules.check(school, update))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "answers.GEN-POLICY.answer",
                      "answers.GEN-TASKS.answer",
                      "answers.D-STANDARD-DATA.answer");
              // the edge's problem once, as it wrote it; the absent answer names the choices
              assertThat(e.problems().get(0)).isEqualTo(unreadAnswer("GEN-POLICY"));
              assertThat(e.problems().get(2).reason().en())
                  .contains("YES, NO, NOT_APPLICABLE")
                  .contains("empty");
            });
  }

  @Test
  void aBadAnswerToACriterionTheParticipantMayNotAnswerNamesOnlyTheCriterion() {
    EvidenceUpdate update =
        new EvidenceUpdate(
            Map.of("E-OFFICIALS", new AnswerInput(null, null)),
            null,
            null,
            null,
            null,
            new Unread(List.of(unreadAnswer("E-OFFICIALS"))));

    assertThat(paths(() -> rules.check(official, update))).containsExactly("answers.E-OFFICIALS");
  }

  @Test
  void aDayThatDidNotReadIsNamedOnceAndStillContradictsNotRegistered() {
    Problem noDay =
        new Problem(
            "registeredOn",
            AdapterMessages.text("application.notValidDateExpected", "\"2022-02-30\""));
    EvidenceUpdate update =
        new EvidenceUpdate(null, null, null, null, true, new Unread(List.of(noDay)));

    assertThatThrownBy(() -> rules.check(official, update))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly("registeredOn", "notRegistered");
              assertThat(e.problems().get(0)).isEqualTo(noDay);
            });
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
                            null,
                            true,
                            new Unread(
                                List.of(
                                    new Problem(
                                        "registeredOn",
                                        AdapterMessages.text(
                                            "application.notValidDateExpected",
                                            "\"2022-02-30\""))))))))
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
