package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository;
import vn.emulation.jakarta.application.evaluation.JudgedParticipant;
import vn.emulation.jakarta.application.evaluation.KeptVerdict;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.workspace.OccasionJudging;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The verdict a nomination carries from its submission (ADR 0024, 0039): the nominee judged on the
 * occasion by the one computation of every verdict ({@link OccasionJudging}), on the figures and
 * evidence stored at that moment, and kept as an evaluation run of that one participant (COMPLETE
 * at once, audited {@code evaluation.run} like any run), whose verdict on the nominated form the
 * nomination refers to. So the appraisal, the council and the decision read the verdict the unit
 * sent, never one worked out again later on changed data. Called inside the submission's
 * transaction: a submission refused stores no run.
 */
@ApplicationScoped
public class NomineeVerdicts {

  @Inject OccasionJudging judging;
  @Inject ParticipantRepository participants;
  @Inject EvaluationRunRepository runs;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Judges the nominee of {@code n} now, stores the run and answers the reference to its verdict on
   * the nomination's plan form.
   *
   * @param actor who submits: the run's starter
   * @throws InvalidInputException at {@code participantId} when the occasion does not judge the
   *     nominee, at {@code awardFormCode} when it offers the nominee no verdict on that form
   */
  public VerdictReference judge(String planCode, Nomination n, String actor) {
    Plan plan = judging.planFor(planCode, n.occasion().code());
    Occasion occasion = judging.occasion(plan, n.occasion().code());
    Participant nominee =
        judging.judged(plan, occasion, UnitScope.of(Set.of(n.unitCode()))).stream()
            .filter(p -> p.id().equals(n.participantId()))
            .findFirst()
            .orElseThrow(
                () ->
                    refused(
                        "participantId",
                        AdapterMessages.text(
                            "nomination.notJudged", n.participantId(), occasion.code())));
    // kept as a run keeps every verdict: the outcome and the facts (ADR 0043)
    JudgedParticipant judged =
        JudgedParticipant.of(judging.judge(plan, occasion).evaluate(nominee));
    KeptVerdict verdict =
        judged.verdicts().stream()
            .filter(v -> v.awardFormCode().equals(n.awardFormCode()))
            .findFirst()
            .orElseThrow(
                () ->
                    refused(
                        "awardFormCode",
                        AdapterMessages.text(
                            "nomination.formNotOffered",
                            n.awardFormCode(),
                            n.participantId(),
                            occasion.code())));
    EvaluationRun run =
        new EvaluationRun(
            UUID.randomUUID().toString(),
            planCode,
            plan.identity().version(),
            occasion.code(),
            LocalDate.now(clock),
            actor,
            clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC),
            1,
            EvaluationRun.Status.COMPLETE);
    runs.store(run, List.of(judged));
    audit.record(
        "evaluation.run",
        AuditTargets.evaluationRun(planCode, occasion.code(), run.id()),
        null,
        run);
    return new VerdictReference(
        run.id(),
        nominee.id(),
        occasion.code(),
        verdict.awardFormCode(),
        verdict.outcome(),
        AuditTargets.storedVerdict(planCode, occasion.code(), run.id(), nominee.id()));
  }

  private static InvalidInputException refused(
      String path, vn.emulation.core.common.LocalizedText why) {
    return new InvalidInputException("nomination", List.of(new Problem(path, why)));
  }
}
