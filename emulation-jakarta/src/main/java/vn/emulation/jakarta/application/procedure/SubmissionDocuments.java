package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Optional;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.AwardDocuments;
import vn.emulation.core.document.DocumentDate;
import vn.emulation.core.document.DocumentKind;
import vn.emulation.core.document.Names;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Submission;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.audit.DocumentHead;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The documents of stored submissions (issue 13, ADR 0051). The tờ trình when the submission is
 * drawn up and each decision when it is made are rendered from the stored case, signed once and
 * kept: a download answers the kept bytes, never a new signature, so the file a citizen checks
 * today is the one the Chairman signed. A decision prints the audit log's head of an anchor taken
 * as it is made. The certificates and the lists (XLSX) are rendered at each read from the stored
 * decision — never from a recomputed figure — and carry no signature of their own. Reads go through
 * the submission's own read, so they are scoped and refused as it is.
 */
@ApplicationScoped
public class SubmissionDocuments {

  private IssuedDocumentRepository issued;
  private DocumentPress press;
  private DocumentHead head;
  private ProcedureLaw law;
  private ParticipantRepository participants;
  private UnitRepository units;
  private AuditTrail audit;
  private Clock clock;

  /** For the container's proxy. */
  protected SubmissionDocuments() {}

  /** The documents on given parts: the container's, or a test's. */
  @Inject
  public SubmissionDocuments(
      IssuedDocumentRepository issued,
      DocumentPress press,
      DocumentHead head,
      ProcedureLaw law,
      ParticipantRepository participants,
      UnitRepository units,
      AuditTrail audit,
      Clock clock) {
    this.issued = issued;
    this.press = press;
    this.head = head;
    this.law = law;
    this.participants = participants;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Issues the submission's tờ trình: numbered next in the plan's year, signed by the configured
   * key, kept and audited. Called in the transaction that draws the submission up, which holds the
   * year's counter until it ends: a submission drawn up at the same moment takes the number after
   * (ADR 0059).
   */
  IssuedDocument issueSubmission(PlanSubmission held, String actor, Instant at) {
    Submission s = held.submission();
    LocalDate day = s.submittedOn();
    String number =
        DocumentDate.number(
            issued.nextNumber(held.planCode(), DocumentKind.SUBMISSION.name(), day.getYear()),
            DocumentKind.SUBMISSION,
            press.submitter().issuer().symbol());
    AdministrativeDocument document =
        AwardDocuments.submission(
            s, number, press.submitter(), press.decider(), law.rules(), names(held, day));
    byte[] signed =
        press.signed(document, DocumentKind.SUBMISSION.signingReason(number), zoned(at));
    IssuedDocument d =
        new IssuedDocument(
            held.planCode(),
            s.id(),
            IssuedDocument.SUBMISSION,
            DocumentKind.SUBMISSION.name(),
            number,
            day,
            DocumentKind.SUBMISSION.fileName(number, ".pdf"),
            signed,
            sha256(signed),
            null,
            null,
            at,
            actor);
    keep(d, AuditTargets.submissionDocument(held.planCode(), s.id()));
    return d;
  }

  /**
   * Issues the decision on {@code form}, just made: an anchor taken under the head's lock gives the
   * audit head it prints, then it is signed, kept and audited. Called in the decision's
   * transaction, after its audit entries, so the head printed covers the decision itself.
   */
  IssuedDocument issueDecision(PlanSubmission held, Decision decision, String actor, Instant at) {
    Submission s = held.submission();
    IssuedDocument submitted =
        issued
            .find(held.planCode(), s.id(), IssuedDocument.SUBMISSION)
            // a submission drawn up before documents were kept gets its own now
            .orElseGet(() -> issueSubmission(held, actor, at));
    DocumentHead.PrintedHead printed = head.anchorToPrint();
    AdministrativeDocument document =
        AwardDocuments.withAuditHead(
            AwardDocuments.decision(
                decision,
                submitted.number(),
                s.submittedOn(),
                press.submitter(),
                press.decider(),
                law.rules(),
                names(held, decision.decidedOn())),
            printed.seq(),
            printed.hash());
    byte[] signed =
        press.signed(document, DocumentKind.DECISION.signingReason(decision.number()), zoned(at));
    IssuedDocument d =
        new IssuedDocument(
            held.planCode(),
            s.id(),
            IssuedDocument.decision(decision.form()),
            DocumentKind.DECISION.name(),
            decision.number(),
            decision.decidedOn(),
            DocumentKind.DECISION.fileName(decision.number(), ".pdf"),
            signed,
            sha256(signed),
            printed.seq(),
            printed.hash(),
            at,
            actor);
    keep(d, AuditTargets.decisionDocument(held.planCode(), s.id(), decision.form()));
    return d;
  }

  private void keep(IssuedDocument d, String target) {
    issued.add(d);
    audit.record("document.issue", target, null, IssuedAudit.of(d));
  }

  /**
   * What the audit log keeps of an issued document: its name, number, file, size and SHA-256, and
   * the head it prints.
   */
  public record IssuedAudit(
      String name,
      String number,
      String fileName,
      int bytes,
      String sha256,
      Long headSeq,
      String headHash) {
    static IssuedAudit of(IssuedDocument d) {
      return new IssuedAudit(
          d.name(),
          d.number(),
          d.fileName(),
          d.content().length,
          d.sha256(),
          d.headSeq(),
          d.headHash());
    }
  }

  /** The submission's tờ trình, as signed when it was drawn up. */
  public DocumentFile submission(PlanSubmission held) {
    return file(stored(held, IssuedDocument.SUBMISSION));
  }

  /** The decision on {@code form}, with its list and the audit head, as signed when made. */
  public DocumentFile decision(PlanSubmission held, String form) {
    decisionOn(held, form);
    return file(stored(held, IssuedDocument.decision(form)));
  }

  /**
   * The certificate of the awardee proposed by {@code nominationId} under the decision on {@code
   * form}, rendered from the stored decision, dated its day.
   */
  public DocumentFile certificate(PlanSubmission held, String form, String nominationId) {
    Decision d = decisionOn(held, form);
    Nominee awardee =
        d.awardees().stream()
            .filter(n -> n.nominationId().equals(nominationId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        AdapterMessages.text("document.noAwardee", nominationId, d.number())));
    Names names = names(held, d.decidedOn());
    AdministrativeDocument c =
        AwardDocuments.certificate(d, awardee, press.decider(), law.rules(), names);
    byte[] pdf = press.pdf(c, d.decidedOn().atStartOfDay(clock.getZone()));
    String name = names.participant(awardee.participantId());
    return new DocumentFile(
        DocumentKind.CERTIFICATE.fileName(name, ".pdf"), DocumentFile.PDF, pdf, sha256(pdf));
  }

  /** The lists attached to the submission, as XLSX, from the stored case and its number. */
  public DocumentFile submissionList(PlanSubmission held) {
    IssuedDocument s = stored(held, IssuedDocument.SUBMISSION);
    AdministrativeDocument document =
        AwardDocuments.submission(
            held.submission(),
            s.number(),
            press.submitter(),
            press.decider(),
            law.rules(),
            names(held, held.submission().submittedOn()));
    return list(DocumentKind.SUBMISSION.listFileName(s.number(), ".xlsx"), document);
  }

  /** The list attached to the decision on {@code form}, as XLSX, from the stored decision. */
  public DocumentFile decisionList(PlanSubmission held, String form) {
    Decision d = decisionOn(held, form);
    IssuedDocument s = stored(held, IssuedDocument.SUBMISSION);
    AdministrativeDocument document =
        AwardDocuments.decision(
            d,
            s.number(),
            held.submission().submittedOn(),
            press.submitter(),
            press.decider(),
            law.rules(),
            names(held, d.decidedOn()));
    return list(DocumentKind.DECISION.listFileName(d.number(), ".xlsx"), document);
  }

  private DocumentFile list(String fileName, AdministrativeDocument document) {
    byte[] xlsx = press.workbook(document);
    return new DocumentFile(fileName, DocumentFile.XLSX, xlsx, sha256(xlsx));
  }

  /**
   * The names of {@code planCode}'s participants and of the units, as the electronic dossier upward
   * prints them: a unit by its latest name, for a dossier names the unit as it is called now.
   */
  public Names names(String planCode) {
    return new Names() {
      @Override
      public String participant(String participantId) {
        return participants.find(planCode, participantId).map(p -> p.name()).orElse(participantId);
      }

      @Override
      public String unit(String unitCode) {
        return units
            .find(unitCode)
            .map(u -> u.placements().get(u.placements().size() - 1).name())
            .orElse(unitCode);
      }
    };
  }

  /** The name of the body that issues the submissions: the proposing body of a dossier upward. */
  public String submitterBody() {
    return press.submitter().issuer().body();
  }

  /** The decision on {@code form}: 404 for a form the submission does not hold, 409 undecided. */
  private static Decision decisionOn(PlanSubmission held, String form) {
    Submission s = held.submission();
    if (s.group(form).isEmpty()) {
      throw new NotFoundException(AdapterMessages.text("document.noForm", form, s.id()));
    }
    return s.decisionOn(form)
        .orElseThrow(
            () ->
                new ConflictException(
                    AdapterMessages.text("document.notDecided", form, s.id(), s.state().name())));
  }

  private IssuedDocument stored(PlanSubmission held, String name) {
    Optional<IssuedDocument> d = issued.find(held.planCode(), held.submission().id(), name);
    return d.orElseThrow(
        () ->
            new ConflictException(
                AdapterMessages.text("document.notIssued", held.submission().id())));
  }

  private static DocumentFile file(IssuedDocument d) {
    return new DocumentFile(d.fileName(), DocumentFile.PDF, d.content(), d.sha256());
  }

  /** The names the registers hold: a participant's registered name, a unit's name on the day. */
  private Names names(PlanSubmission held, LocalDate day) {
    return new Names() {
      @Override
      public String participant(String participantId) {
        return participants
            .find(held.planCode(), participantId)
            .map(p -> p.name())
            .orElse(participantId);
      }

      @Override
      public String unit(String unitCode) {
        return units.find(unitCode).flatMap(u -> u.nameOn(day)).orElse(unitCode);
      }
    };
  }

  private ZonedDateTime zoned(Instant at) {
    return at.atZone(clock.getZone());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
