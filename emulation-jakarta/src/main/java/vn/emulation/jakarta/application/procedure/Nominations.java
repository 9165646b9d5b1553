package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.Subjects;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Minutes;
import vn.emulation.core.procedure.nomination.Completeness;
import vn.emulation.core.procedure.nomination.Dossier;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.NominatedOccasion;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.NominationState;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository;
import vn.emulation.jakarta.application.evaluation.RunParticipant;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.NominationCommands.AmendNomination;
import vn.emulation.jakarta.application.procedure.NominationCommands.NominationQuery;
import vn.emulation.jakarta.application.procedure.NominationCommands.OpenNomination;
import vn.emulation.jakarta.application.procedure.NominationRepository.NominationFilter;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A unit's nominations for an occasion (step 3 of the procedure, ADR 0036/0039), through the core's
 * commands on the generic case flow ({@link CaseFlow}): a unit's staff open one for a participant
 * of theirs, amend its dossier, attach evidence files to its documents and send it once complete;
 * on submission the nominee is judged and that stored verdict attached ({@link NomineeVerdicts}),
 * and one achievement, one award is the law's rule over the participant's other nominations (an
 * award annulled since no longer counts). The reads show the dossier's completeness today, every
 * gap, and the stored verdict.
 */
@ApplicationScoped
public class Nominations {

  @Inject EvidenceContents contents;

  /** A nomination as the generic case flow sees it. */
  static final CaseKind<StoredNomination> KIND =
      new CaseKind<>(
          Nomination.LIFECYCLE.kind(),
          "nomination.what",
          StoredNomination::id,
          StoredNomination::planCode,
          StoredNomination::unitCode,
          StoredNomination::version,
          NominationAuditState::of,
          AuditTargets::nomination);

  @Inject NominationRepository nominations;
  @Inject CaseFlows flows;
  @Inject PlanCatalog plans;
  @Inject ParticipantRepository participants;
  @Inject ProcedureLaw law;
  @Inject NomineeVerdicts verdicts;
  @Inject EvaluationRunRepository runs;
  @Inject EmulationSettings settings;
  @Inject RevocationRepository revocations;
  @Inject CouncilMeetingRepository councilMeetings;
  @Inject HistoryRepository histories;

  CaseFlow<StoredNomination> flow() {
    return flows.of(KIND, nominations);
  }

  /**
   * Opens a draft nomination of a participant of the caller's units.
   *
   * @throws AccessDeniedException for a participant of a unit outside the caller's scope
   * @throws InvalidInputException listing every problem of the command
   */
  @Transactional
  public Tagged<StoredNomination> open(String planCode, OpenNomination cmd) {
    CaseFlow<StoredNomination> flow = flow();
    Plan plan = flow.openingOn(planCode);
    ProblemCollector problems = new ProblemCollector();
    cmd.unread().take(problems, "sets");
    cmd.unread().take(problems, "documents");
    Participant nominee = null;
    if (cmd.participantId() == null) {
      required(problems, cmd, "participantId");
    } else {
      nominee = participants.find(planCode, cmd.participantId()).orElse(null);
      if (nominee == null) {
        problems.add(
            "participantId",
            AdapterMessages.text("nomination.noSuchParticipant", cmd.participantId(), planCode));
      } else if (!flow.scope().includes(nominee.unitCode())) {
        throw AccessDeniedException.outsideScope(nominee.unitCode());
      }
    }
    Occasion occasion = null;
    if (cmd.occasionCode() == null) {
      required(problems, cmd, "occasionCode");
    } else {
      occasion = plan.occasion(cmd.occasionCode()).orElse(null);
      if (occasion == null) {
        problems.add(
            "occasionCode",
            AdapterMessages.text("nomination.noSuchOccasion", cmd.occasionCode(), planCode));
      }
    }
    AwardForm planForm = null;
    if (cmd.awardFormCode() == null) {
      required(problems, cmd, "awardFormCode");
    } else {
      planForm = plan.awardForm(cmd.awardFormCode()).orElse(null);
      if (planForm == null) {
        problems.add(
            "awardFormCode",
            AdapterMessages.text("nomination.noSuchForm", cmd.awardFormCode(), planCode));
      } else if (occasion != null && !occasion.awardFormCodes().contains(cmd.awardFormCode())) {
        problems.add(
            "awardFormCode",
            AdapterMessages.text(
                "nomination.formNotOnOccasion", cmd.awardFormCode(), occasion.code()));
      }
    }
    // The law's form is the plan's mapping where the plan names one (ADR 0044); a malformed
    // lawFormCode is the edge's problem and is not guessed past.
    boolean malformed = cmd.lawFormCode() == null && cmd.unread().take(problems, "lawFormCode");
    String lawForm = null;
    if (malformed) {
      // reported by the edge
    } else if (planForm != null) {
      lawForm = Nomination.lawFormFor(planForm, cmd.lawFormCode(), problems);
    } else if (cmd.lawFormCode() == null) {
      problems.add("lawFormCode", AdapterMessages.text("nomination.required", "lawFormCode"));
    } else {
      lawForm = cmd.lawFormCode();
    }
    if (lawForm != null) {
      Optional<FormRule> rule = lawForm(problems, lawForm, ActDay.of(flow.now()));
      if (rule.isPresent() && nominee != null) {
        rule.get().checkIsFor(subjects().recipientOf(nominee), problems, "participantId");
      }
    }
    StoredNomination opened = null;
    try {
      if (nominee != null && occasion != null && problems.isEmpty()) {
        Nomination n =
            Nomination.open(
                UUID.randomUUID().toString(),
                NominatedOccasion.of(occasion, plan.identity().period()),
                nominee.unitCode(),
                nominee.id(),
                cmd.awardFormCode(),
                lawForm,
                dossier(cmd.sets(), cmd.documents(), Dossier.EMPTY));
        opened = new StoredNomination(planCode, n, flow.actor(), flow.now());
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny("nomination");
    return flow.open(opened);
  }

  /** Replaces the dossier's sets and documents of a draft or returned nomination. */
  @Transactional
  public Tagged<StoredNomination> amend(
      String planCode, String id, AmendNomination cmd, Precondition seen) {
    CaseFlow<StoredNomination> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Nomination.AMEND,
        s -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "sets");
          cmd.unread().take(problems, "documents");
          s.nomination().log().require(Nomination.LIFECYCLE, Nomination.AMEND);
          Dossier next = dossier(cmd.sets(), cmd.documents(), s.nomination().dossier());
          return s.with(
              CaseFlow.withProblems(
                  problems,
                  "nomination",
                  () -> s.nomination().amend(next, flow.actor(), flow.now())));
        });
  }

  /**
   * {@link #attachFile(String, String, String, FileReference, Precondition)}, keeping the file's
   * bytes too, in the same transaction, so that the electronic dossier upward can carry them (ADR
   * 0052).
   */
  @Transactional
  public Tagged<StoredNomination> attachFile(
      String planCode,
      String id,
      String itemCode,
      FileReference file,
      java.io.InputStream bytes,
      Precondition seen) {
    Tagged<StoredNomination> after = attachFile(planCode, id, itemCode, file, seen);
    contents.keep(file.sha256(), file.mediaType(), file.size(), bytes);
    return after;
  }

  /**
   * Adds an evidence file, already checked by content, to the dossier's document {@code itemCode}
   * (opening the document if the dossier has none yet); a file of the same SHA-256 there is
   * replaced, so sending one file twice keeps it once.
   */
  @Transactional
  public Tagged<StoredNomination> attachFile(
      String planCode, String id, String itemCode, FileReference file, Precondition seen) {
    CaseFlow<StoredNomination> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Nomination.AMEND,
        s -> {
          Dossier d = s.nomination().dossier();
          List<DossierDocument> documents = new ArrayList<>();
          boolean found = false;
          for (DossierDocument doc : d.documents()) {
            if (doc.itemCode().equals(itemCode)) {
              documents.add(withFile(doc, file));
              found = true;
            } else {
              documents.add(doc);
            }
          }
          if (!found) {
            documents.add(new DossierDocument(itemCode, List.of(file)));
          }
          return s.with(
              s.nomination().amend(new Dossier(d.sets(), documents), flow.actor(), flow.now()));
        });
  }

  /**
   * Sends the nomination to Home Affairs: the nominee judged now and that stored verdict attached;
   * refused with every problem when the dossier is incomplete by the law in force today or the
   * participant's achievement is claimed by another of its nominations whose award, if any, was not
   * annulled.
   */
  @Transactional
  public Tagged<StoredNomination> submit(String planCode, String id, Precondition seen) {
    CaseFlow<StoredNomination> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Nomination.SUBMIT,
        s -> {
          Nomination n = s.nomination();
          n.log().require(Nomination.LIFECYCLE, Nomination.SUBMIT);
          AwardForm form = planForm(planCode, n);
          VerdictReference verdict = verdicts.judge(planCode, n, flow.actor());
          List<PlanRevocation> annulments = revocations.list(planCode, null, null);
          List<Minutes> minutes =
              councilMeetings.list(planCode, CouncilMeetingState.CLOSED).stream()
                  .flatMap(held -> held.meeting().minutes().stream())
                  .toList();
          Map<String, AwardClaim> claims = new LinkedHashMap<>();
          for (StoredNomination other :
              nominations.list(
                  planCode, new NominationFilter(null, null, null, null, n.participantId()))) {
            other
                .nomination()
                .claim()
                .ifPresent(c -> claims.put(other.id(), after(minutes, annulments, other.id(), c)));
          }
          // the awards of earlier years imported into the history hold their achievements too
          for (ParticipantHistory h : histories.histories(planCode, List.of(n.participantId()))) {
            List<AwardClaim> earlier = h.awardClaims();
            for (int i = 0; i < earlier.size(); i++) {
              claims.put("history:" + i, earlier.get(i));
            }
          }
          return s.with(n.submit(law.rules(), form, verdict, claims, flow.actor(), flow.now()));
        });
  }

  /**
   * The claim of the nomination {@code id} as the plan's council meetings and revocations leave it:
   * a nominee the council did not approve was granted nothing, and an annulled award no longer
   * holds its achievement (the core's {@link Minutes#applyTo(String, AwardClaim)} and {@link
   * vn.emulation.core.procedure.Revocation#applyTo(String, AwardClaim)}).
   */
  private static AwardClaim after(
      List<Minutes> minutes, List<PlanRevocation> revocations, String id, AwardClaim claim) {
    AwardClaim c = claim;
    for (Minutes m : minutes) {
      c = m.applyTo(id, c);
    }
    for (PlanRevocation r : revocations) {
      c = r.revocation().applyTo(id, c);
    }
    return c;
  }

  /**
   * One nomination, as a caller who may see its unit reads it, with its dossier's completeness
   * today and its stored verdict; ETag its version. Another unit's answers as an unknown one (404).
   */
  public Tagged<NominationDetail> find(String planCode, String id) {
    Tagged<StoredNomination> t = flow().find(planCode, id);
    return new Tagged<>(detail(t.value()), t.tag());
  }

  /** What the reads show of a nomination: completeness today, the stored verdict. */
  public NominationDetail detail(StoredNomination s) {
    Nomination n = s.nomination();
    Completeness completeness =
        n.completenessOn(law.rules(), planForm(s.planCode(), n), ActDay.of(flow().now()));
    VerdictRecord verdict =
        n.verdict()
            .flatMap(
                v ->
                    runs.run(v.runId()).flatMap(run -> explained(run, v.participantId())).stream()
                        .flatMap(p -> p.verdicts().stream())
                        .filter(r -> r.awardFormCode().equals(v.awardFormCode()))
                        .findFirst())
            .orElse(null);
    return new NominationDetail(s, completeness, verdict);
  }

  /**
   * The participant as the run keeps it, each verdict's explanation written again by the core from
   * its kept facts and the run's plan version (ADR 0043).
   */
  private Optional<RunParticipant> explained(EvaluationRun run, String participantId) {
    return runs.participant(run.id(), participantId)
        .map(
            p ->
                p.explained(
                    Evaluator.of(plans.version(run.planCode(), run.planVersion())),
                    run.occasionCode()));
  }

  /**
   * The plan's nominations the caller may see, filtered by state, unit, occasion and plan form, a
   * page of them.
   */
  public Page<StoredNomination> list(String planCode, NominationQuery q) {
    plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    q.unread().take(problems, "page");
    q.unread().take(problems, "size");
    if (q.state() != null
        && Arrays.stream(NominationState.values()).noneMatch(s -> s.name().equals(q.state()))) {
      problems.add(
          "state",
          AdapterMessages.text(
              "nomination.stateUnknown", q.state(), Arrays.toString(NominationState.values())));
    }
    UnitScope scope = flow().scope();
    if (q.unit() != null && !scope.includes(q.unit())) {
      problems.add("unit", AdapterMessages.text("nomination.unitOutsideScope", q.unit()));
    }
    problems.throwIfAny("query");
    return Page.slice(
        nominations.list(
            planCode,
            new NominationFilter(
                q.state() == null ? null : NominationState.valueOf(q.state()),
                scope.filter(q.unit()),
                q.occasion(),
                q.form(),
                null)),
        q.page());
  }

  /** The plan's form the nomination names, in the version in force today. */
  private AwardForm planForm(String planCode, Nomination n) {
    return plans
        .inForceToday(planCode)
        .awardForm(n.awardFormCode())
        .orElseThrow(
            () ->
                new NotFoundException(
                    AdapterMessages.text("nomination.noSuchForm", n.awardFormCode(), planCode)));
  }

  /** The law's form in force on {@code day}, or the problem that it is unknown then. */
  private Optional<FormRule> lawForm(ProblemCollector problems, String lawFormCode, LocalDate day) {
    try {
      return Optional.of(law.rules().formOn(lawFormCode, day));
    } catch (LawNotInForceException e) {
      problems.add(
          "lawFormCode", AdapterMessages.text("nomination.noSuchLawForm", lawFormCode, day));
      return Optional.empty();
    }
  }

  private Subjects subjects() {
    return new Subjects(settings.unitBodyCategories(), settings.householdCategories());
  }

  /** The edge's problem of a required field left absent, or that it is required. */
  private static void required(ProblemCollector problems, OpenNomination cmd, String field) {
    if (!cmd.unread().take(problems, field)) {
      problems.add(field, AdapterMessages.text("nomination.required", field));
    }
  }

  /**
   * The dossier of {@code sets} and the documents {@code codes}, each keeping the files it has in
   * {@code before}; sets absent keep those of {@code before}.
   */
  private static Dossier dossier(Integer sets, List<String> codes, Dossier before) {
    List<DossierDocument> documents = new ArrayList<>();
    for (String code : codes) {
      if (code == null) {
        continue;
      }
      documents.add(before.document(code).orElse(new DossierDocument(code, List.of())));
    }
    return new Dossier(sets == null ? before.sets() : sets, documents);
  }

  private static DossierDocument withFile(DossierDocument doc, FileReference file) {
    List<FileReference> files = new ArrayList<>();
    for (FileReference f : doc.files()) {
      if (!f.sha256().equals(file.sha256())) {
        files.add(f);
      }
    }
    files.add(file);
    return new DossierDocument(doc.itemCode(), files);
  }
}
