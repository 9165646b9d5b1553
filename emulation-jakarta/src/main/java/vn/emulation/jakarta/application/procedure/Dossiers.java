package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.Problem;
import vn.emulation.core.document.Names;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Proposal;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.nomination.Appraisal;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.core.procedure.received.DossierReceipt;
import vn.emulation.core.procedure.received.ReceivedNomination;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The electronic dossier upward (issue 13, ADR 0052), both directions. At the proposing level, Home
 * Affairs or the Chairman takes out the dossier of a submission's proposals to the level above: the
 * submission, each nominee proposed upward with the stored verdict, the appraisal and the bytes of
 * every file of their dossier. At the receiving level, Home Affairs takes a dossier in: the core's
 * {@link DossierReceipt} decides whether it is whole, signed and within the receiving office's
 * authority, and only then are the received nominations and the bytes of their files stored, all in
 * one transaction. Both are audited.
 */
@ApplicationScoped
public class Dossiers {

  private static final WhoMayAct EXPORTERS =
      WhoMayAct.holding(Role.OFFICER, Role.CHAIRMAN, Role.ADMIN);
  private static final WhoMayAct RECEIVERS = WhoMayAct.holding(Role.OFFICER, Role.ADMIN);

  @Inject Submissions submissions;
  @Inject NominationRepository nominations;
  @Inject SubmissionDocuments documents;
  @Inject EvidenceContents contents;
  @Inject ReceivedNominationRepository received;
  @Inject ProcedureLaw law;
  @Inject PlanCatalog plans;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * What the dossier of submission {@code id}'s proposals upward holds.
   *
   * @throws ConflictException when the submission proposes nothing upward, or a file's bytes are
   *     not kept (attached before they were, ADR 0052)
   */
  @Transactional
  public DossierExport export(String planCode, String id) {
    PlanSubmission held = submissions.find(planCode, id).value();
    Submission s = held.submission();
    EXPORTERS.check(
        callers.current(), null, StepInputs.CITY_WIDE, "dossier", Submissions.CASES.what(id));
    List<Proposal> proposals = s.proposals();
    if (proposals.isEmpty()) {
      throw new ConflictException(AdapterMessages.text("dossier.noProposal", id));
    }
    Names names = documents.names(planCode);
    List<DossierExport.ExportedNominee> out = new ArrayList<>();
    for (Proposal p : proposals) {
      for (Nominee n : p.nominees()) {
        out.add(exported(planCode, n, names));
      }
    }
    DossierExport export =
        new DossierExport(held, documents.submission(held), documents.submitterBody(), out);
    audit.record(
        "submission.dossier",
        AuditTargets.submission(planCode, id),
        null,
        new ExportAudit(
            id,
            out.stream().map(e -> e.nominee().nominationId()).toList(),
            out.stream()
                .flatMap(e -> e.files().stream())
                .map(f -> f.reference().sha256())
                .toList()));
    return export;
  }

  private DossierExport.ExportedNominee exported(String planCode, Nominee n, Names names) {
    Nomination nomination =
        nominations
            .find(n.nominationId())
            .filter(x -> x.planCode().equals(planCode))
            .orElseThrow(
                () ->
                    new ConflictException(
                        AdapterMessages.text("dossier.noNomination", n.nominationId())))
            .nomination();
    List<DossierExport.ExportedFile> files = new ArrayList<>();
    for (DossierDocument d : nomination.dossier().documents()) {
      for (FileReference f : d.files()) {
        byte[] bytes =
            contents
                .read(f.sha256())
                .orElseThrow(
                    () ->
                        new ConflictException(
                            AdapterMessages.text(
                                "dossier.noBytes", f.name(), d.itemCode(), n.nominationId())));
        files.add(new DossierExport.ExportedFile(d.itemCode(), f, bytes));
      }
    }
    VerdictReference verdict = nomination.verdict().orElseThrow();
    DossierNominee nominee =
        new DossierNominee(
            n.nominationId(),
            n.participantId(),
            names.participant(n.participantId()),
            n.kind(),
            n.unitCode(),
            names.unit(n.unitCode()),
            n.form(),
            n.year(),
            verdict.outcome().name(),
            verdict.runId(),
            nomination
                .appraisal()
                .map(Appraisal::decision)
                .map(Enum::name)
                .orElse(n.appraisal().name()),
            List.of());
    return new DossierExport.ExportedNominee(nominee, files);
  }

  /** What the audit log keeps of a dossier taken out: whom it proposes, which files. */
  public record ExportAudit(String submissionId, List<String> nominations, List<String> files) {}

  /**
   * Takes in the dossier {@code in} as received nominations of {@code planCode}, put to {@code
   * office}: all of them or, with every problem at once, none.
   */
  @Transactional
  public List<ReceivedNomination> receive(String planCode, Office office, IncomingDossier in) {
    plans.inForceToday(planCode);
    Caller caller = callers.current();
    RECEIVERS.check(
        caller, null, StepInputs.CITY_WIDE, "receive", AdapterMessages.text("dossier.what"));
    if (office == null || in.manifest() == null) {
      List<Problem> problems = new ArrayList<>();
      if (office == null) {
        problems.add(new Problem("office", AdapterMessages.text("award.required", "office")));
      }
      if (in.signatureProblem() != null) {
        LocalizedText head =
            Messages.text("procedure.received.signature", DossierManifest.SIGNATURE);
        problems.add(
            new Problem(
                "signature",
                LocalizedText.of(
                    head.vi() + ": " + in.signatureProblem().vi(),
                    head.en() + ": " + in.signatureProblem().en())));
      }
      problems.addAll(in.problems());
      throw new InvalidInputException("received dossier", problems);
    }
    List<ReceivedNomination> got =
        DossierReceipt.receive(
            planCode,
            in.manifest(),
            in.files(),
            in.signatureProblem(),
            in.manifestSha256(),
            office,
            law.rules(),
            received.sources(planCode),
            () -> UUID.randomUUID().toString(),
            caller.user(),
            clock.instant());
    for (DossierFile f : in.manifest().files()) {
      byte[] bytes = in.bytes().get(f.path());
      contents.keep(f.sha256(), f.mediaType(), f.size(), new ByteArrayInputStream(bytes));
    }
    for (ReceivedNomination r : got) {
      received.add(r);
      audit.record(
          "received.receive",
          AuditTargets.receivedNomination(planCode, r.id()),
          null,
          new ReceiptAudit(
              r.source().planCode(),
              r.source().submissionId(),
              r.source().nominationId(),
              r.from().name(),
              r.to().name(),
              r.form(),
              r.dossierSha256(),
              r.files().stream().map(DossierFile::sha256).toList()));
    }
    return got;
  }

  /** What the audit log keeps of a nomination received. */
  public record ReceiptAudit(
      String sourcePlan,
      String sourceSubmission,
      String sourceNomination,
      String from,
      String to,
      String form,
      String manifestSha256,
      List<String> files) {}

  /** The plan's received nominations, a page of them. */
  public Page<ReceivedNomination> list(String planCode, PageRequest page) {
    plans.inForceToday(planCode);
    RECEIVERS.check(
        callers.current(),
        null,
        StepInputs.CITY_WIDE,
        "read",
        AdapterMessages.text("dossier.what"));
    return Page.slice(received.list(planCode), page);
  }

  /** One received nomination. */
  public ReceivedNomination find(String planCode, String id) {
    plans.inForceToday(planCode);
    RECEIVERS.check(
        callers.current(),
        null,
        StepInputs.CITY_WIDE,
        "read",
        AdapterMessages.text("dossier.what"));
    return received
        .find(planCode, id)
        .orElseThrow(
            () -> new NotFoundException(AdapterMessages.text("dossier.noReceived", id, planCode)));
  }
}
