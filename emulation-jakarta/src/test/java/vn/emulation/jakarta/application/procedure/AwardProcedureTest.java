package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.VoteChoice;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditAnchor;
import vn.emulation.jakarta.application.audit.AuditAnchors;
import vn.emulation.jakarta.application.audit.AuditLog;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnnulAward;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnswerComment;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.CastVote;
import vn.emulation.jakarta.application.procedure.AwardCommands.CloseAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.ConveneCouncil;
import vn.emulation.jakarta.application.procedure.AwardCommands.DecideForm;
import vn.emulation.jakarta.application.procedure.AwardCommands.MemberInput;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareSubmission;
import vn.emulation.jakarta.application.procedure.AwardCommands.ProposeRevocation;
import vn.emulation.jakarta.application.procedure.AwardCommands.PublishAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordComment;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.format.document.DocumentTemplate;
import vn.emulation.jakarta.format.signature.PdfSignatures;
import vn.emulation.jakarta.format.signature.SignatureCheck;
import vn.emulation.jakarta.format.signature.TestAuthority;
import vn.emulation.jakarta.infrastructure.document.TemplateDocumentPress;
import vn.emulation.jakarta.testing.AwardProcedure;
import vn.emulation.jakarta.testing.InMemoryAnchorRepository;
import vn.emulation.jakarta.testing.InMemoryAnnouncementRepository;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryCouncilMeetingRepository;
import vn.emulation.jakarta.testing.InMemoryHistoryRepository;
import vn.emulation.jakarta.testing.InMemoryIssuedDocuments;
import vn.emulation.jakarta.testing.InMemoryRevocationRepository;
import vn.emulation.jakarta.testing.InMemorySubmissionRepository;

/**
 * Steps 5–8 through their use cases on in-memory stores, the built-in law and calendar: the list
 * drawn from the eligible appraised nominees, published across Tết, commented, answered and closed;
 * the council convened only after the period, each member voting as themselves; the submission
 * grouped by form, the Chairman's decision appended to the awardee's history; the award annulled,
 * so the history marks it revoked. On the way, who may act, If-Match, and the audit log.
 */
class AwardProcedureTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String OCCASION = "ANNUAL-2025";
  private static final Caller COUNCIL = new Caller("council", Set.of(Role.COUNCIL), null);
  private static final Caller CHAIRMAN = new Caller("chairman", Set.of(Role.CHAIRMAN), null);
  private static final Caller OTHER_REPORTER =
      new Caller("ngan.reporter", Set.of(Role.REPORTER), InMemoryCity.OTHER_WARD);

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final CaseFlows flows =
      new CaseFlows(plans, Scopes.of(city), city.callers, city.audit, InMemoryCity.CLOCK);
  private final InMemoryHistoryRepository histories = new InMemoryHistoryRepository();
  private final Announcements announcements = new Announcements();
  private final CouncilMeetings meetings = new CouncilMeetings();
  private final Submissions submissions = new Submissions();
  private final Revocations revocations = new Revocations();
  private final InMemoryIssuedDocuments issued = new InMemoryIssuedDocuments();
  private final InMemoryAnchorRepository anchors = new InMemoryAnchorRepository();
  private static TestAuthority authority;

  @BeforeAll
  static void signer() {
    authority =
        TestAuthority.generate(
            "CN=Emulation Test CA, O=Emulation, C=VN",
            "CN=Phạm Hoàng Long, O=UBND phường Rạch Giá, C=VN",
            InMemoryCity.CLOCK.instant().minusSeconds(86_400 * 400L));
  }

  private static Nominee nominee(String id, String participant, String unit, String form) {
    return new Nominee(
        id, participant, Recipient.INDIVIDUAL, unit, form, 2025, Eligibility.ELIGIBLE);
  }

  private final List<Nominee> appraised =
      List.of(
          nominee("N-1", "p-1", InMemoryCity.WARD, AwardProcedure.GIAY_KHEN),
          nominee("N-2", "p-2", InMemoryCity.WARD, AwardProcedure.GIAY_KHEN),
          nominee("N-3", "p-3", InMemoryCity.OTHER_WARD, AwardProcedure.LABOUR_ORDER),
          new Nominee(
              "N-4",
              "p-4",
              Recipient.INDIVIDUAL,
              InMemoryCity.WARD,
              AwardProcedure.GIAY_KHEN,
              2025,
              Eligibility.NOT_ELIGIBLE));

  @BeforeEach
  void wire() {
    ProcedureLaw law =
        new ProcedureLaw() {
          @Override
          public LawRuleSet rules() {
            return AwardProcedure.LAW;
          }

          @Override
          public WorkingCalendar calendar() {
            return AwardProcedure.CALENDAR;
          }
        };
    AppraisedNominees nominees =
        new AppraisedNominees() {
          @Override
          public List<Nominee> of(String planCode, String occasionCode) {
            return planCode.equals(PLAN) && occasionCode.equals(OCCASION) ? appraised : List.of();
          }

          @Override
          public Optional<Nominee> find(String planCode, String nominationId) {
            return appraised.stream()
                .filter(n -> n.nominationId().equals(nominationId))
                .findFirst();
          }
        };
    for (int i = 1; i <= 3; i++) {
      city.participants.add(
          PLAN,
          new Individual(
              "p-" + i,
              "Nguyễn Văn Số " + i,
              "CAN_BO",
              i == 3 ? InMemoryCity.OTHER_WARD : InMemoryCity.WARD));
    }
    announcements.announcements = new InMemoryAnnouncementRepository();
    announcements.appraised = nominees;
    announcements.participants = city.participants;
    announcements.law = law;
    announcements.plans = plans;
    announcements.callers = city.callers;
    announcements.flows = flows;
    meetings.meetings = new InMemoryCouncilMeetingRepository();
    meetings.announcements = announcements;
    meetings.plans = plans;
    meetings.callers = city.callers;
    meetings.flows = flows;
    submissions.submissions = new InMemorySubmissionRepository();
    submissions.meetings = meetings;
    submissions.histories = histories;
    submissions.law = law;
    submissions.plans = plans;
    submissions.callers = city.callers;
    submissions.flows = flows;
    submissions.audit = city.audit;
    submissions.documents =
        new SubmissionDocuments(
            issued,
            new TemplateDocumentPress(DocumentTemplate.builtIn(), authority::signer),
            new AuditAnchors(
                anchors,
                city.auditLog,
                city.audit,
                new AuditLog(city.auditLog, () -> 500, InMemoryCity.CLOCK.getZone()),
                city.callers,
                InMemoryCity.CLOCK),
            law,
            city.participants,
            city.units,
            city.audit,
            InMemoryCity.CLOCK);
    revocations.revocations = new InMemoryRevocationRepository();
    revocations.submissions = submissions;
    revocations.histories = histories;
    revocations.plans = plans;
    revocations.scopes = Scopes.of(city);
    revocations.callers = city.callers;
    revocations.flows = flows;
    revocations.audit = city.audit;
  }

  private static Precondition at(Tagged<?> t) {
    return Precondition.oneOf(List.of(t.tag()));
  }

  private static List<String> paths(Throwable e) {
    return ((InvalidInputException) e).problems().stream().map(Problem::path).toList();
  }

  /** Published on Friday 6 February 2026, commented, answered, closed on Monday 2 March. */
  private Tagged<PlanAnnouncement> closedAnnouncement() {
    city.callers.actAs(InMemoryCity.OFFICER);
    Tagged<PlanAnnouncement> a =
        announcements.prepare(PLAN, new PrepareAnnouncement(OCCASION, null, null));
    a =
        announcements.publish(
            PLAN,
            a.value().announcement().id(),
            new PublishAnnouncement(
                AwardProcedure.PUBLISHED_ON, "https://rachgia.angiang.gov.vn/cong-khai", null),
            at(a));
    a =
        announcements.comment(
            PLAN,
            a.value().announcement().id(),
            new RecordComment(
                "Trần Văn Bình, tổ 3", LocalDate.of(2026, 2, 10), "Đề nghị làm rõ", "N-2", null),
            at(a));
    a =
        announcements.answer(
            PLAN, a.value().announcement().id(), new AnswerComment(1, "Đã xác minh", null), at(a));
    return announcements.close(
        PLAN,
        a.value().announcement().id(),
        new CloseAnnouncement(LocalDate.of(2026, 3, 2), null),
        at(a));
  }

  private ConveneCouncil convene(String announcementId, LocalDate day) {
    return new ConveneCouncil(
        announcementId,
        day,
        "Hội trường UBND",
        List.of(
            new MemberInput("council", "Lê Văn Phúc", CouncilRole.CHAIR),
            new MemberInput("pho.chu.tich", "Trần Thị Hai", CouncilRole.VICE_CHAIR),
            new MemberInput("uy.vien", "Võ Văn Ba", CouncilRole.MEMBER)),
        null,
        null,
        List.of(),
        List.of("council", "pho.chu.tich"),
        null);
  }

  @Test
  void theListHoldsTheEligibleNomineesAndItsPeriodRunsPastTet() {
    city.callers.actAs(InMemoryCity.OFFICER);
    Tagged<PlanAnnouncement> prepared =
        announcements.prepare(PLAN, new PrepareAnnouncement(OCCASION, null, null));
    String id = prepared.value().announcement().id();

    assertThat(prepared.tag()).isEqualTo("0");
    assertThat(prepared.value().announcement().nominees())
        .extracting(Nominee::nominationId)
        .containsExactly("N-1", "N-2", "N-3");
    assertThatThrownBy(() -> announcements.published(PLAN, id))
        .isInstanceOf(NotFoundException.class);
    InvalidInputException named =
        catchThrowableOfType(
            () ->
                announcements.prepare(
                    PLAN, new PrepareAnnouncement(OCCASION, List.of("N-1", "N-9", "N-4"), null)),
            InvalidInputException.class);
    assertThat(paths(named)).containsExactly("nominationIds[1]", "nominees[1]");

    PublishAnnouncement publish =
        new PublishAnnouncement(
            AwardProcedure.PUBLISHED_ON, "https://rachgia.angiang.gov.vn", null);
    assertThatThrownBy(() -> announcements.publish(PLAN, id, publish, Precondition.none()))
        .isInstanceOf(PreconditionRequiredException.class);
    assertThatThrownBy(
            () -> announcements.publish(PLAN, id, publish, Precondition.oneOf(List.of("1"))))
        .isInstanceOf(PreconditionFailedException.class);
    city.callers.actAs(COUNCIL);
    assertThatThrownBy(() -> announcements.publish(PLAN, id, publish, at(prepared)))
        .isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(InMemoryCity.OFFICER);

    Tagged<PlanAnnouncement> published = announcements.publish(PLAN, id, publish, at(prepared));

    assertThat(published.value().announcement().lastDay()).isEqualTo(LocalDate.of(2026, 2, 27));
    PublishedList list = announcements.published(PLAN, id);
    assertThat(list.names()).containsEntry("p-1", "Nguyễn Văn Số 1");
    assertThat(announcements.publishedAll(PLAN)).hasSize(1);
    CommandRefusedException again =
        catchThrowableOfType(
            () -> announcements.publish(PLAN, id, publish, at(published)),
            CommandRefusedException.class);
    assertThat(again.allowed()).containsExactly("comment", "answer", "close", "withdraw");
    InvalidInputException early =
        catchThrowableOfType(
            () ->
                announcements.close(
                    PLAN,
                    id,
                    new CloseAnnouncement(LocalDate.of(2026, 2, 27), null),
                    at(published)),
            InvalidInputException.class);
    assertThat(paths(early)).containsExactly("closedOn");
    assertThat(city.auditedActions())
        .containsSubsequence("announcement.open", "announcement.publish");
  }

  @Test
  void theCouncilMeetsAfterThePeriodAndEachMemberVotesAsThemselves() {
    Tagged<PlanAnnouncement> closed = closedAnnouncement();
    String aid = closed.value().announcement().id();
    InvalidInputException tooEarly =
        catchThrowableOfType(
            () -> meetings.convene(PLAN, convene(aid, LocalDate.of(2026, 2, 27))),
            InvalidInputException.class);
    assertThat(paths(tooEarly)).containsExactly("day");

    Tagged<PlanCouncilMeeting> m = meetings.convene(PLAN, convene(aid, LocalDate.of(2026, 3, 3)));
    String mid = m.value().meeting().id();
    m = meetings.openVoting(PLAN, mid, at(m));

    city.callers.actAs(COUNCIL);
    m = meetings.vote(PLAN, mid, new CastVote(null, "N-1", VoteChoice.FOR, null), at(m));
    Tagged<PlanCouncilMeeting> seen = m;
    assertThatThrownBy(
            () ->
                meetings.vote(
                    PLAN, mid, new CastVote("pho.chu.tich", "N-2", VoteChoice.FOR, null), at(seen)))
        .isInstanceOf(AccessDeniedException.class);
    m = meetings.vote(PLAN, mid, new CastVote("council", "N-3", VoteChoice.FOR, null), at(m));
    city.callers.actAs(CHAIRMAN);
    Tagged<PlanCouncilMeeting> seen2 = m;
    assertThatThrownBy(
            () ->
                meetings.vote(
                    PLAN, mid, new CastVote(null, "N-2", VoteChoice.FOR, null), at(seen2)))
        .isInstanceOf(AccessDeniedException.class);

    city.callers.actAs(InMemoryCity.OFFICER);
    m = meetings.vote(PLAN, mid, new CastVote("pho.chu.tich", "N-1", VoteChoice.FOR, null), at(m));
    m = meetings.vote(PLAN, mid, new CastVote("pho.chu.tich", "N-3", VoteChoice.FOR, null), at(m));
    m =
        meetings.voteInWriting(
            PLAN, mid, new CastVote("uy.vien", "N-2", VoteChoice.FOR, null), at(m));
    m = meetings.close(PLAN, mid, at(m));

    assertThat(m.value().meeting().minutes().orElseThrow().approved())
        .extracting(Nominee::nominationId)
        .containsExactly("N-1", "N-3");
    assertThat(m.value().meeting().transitions())
        .filteredOn(t -> t.command().equals("vote"))
        .extracting(t -> t.actor())
        .containsExactly("council", "council", "lan.officer", "lan.officer");
  }

  @Test
  void theChairmansDecisionGoesToTheHistoryAndItsAnnulmentMarksItRevoked() {
    Tagged<PlanAnnouncement> closed = closedAnnouncement();
    Tagged<PlanCouncilMeeting> m =
        meetings.convene(
            PLAN, convene(closed.value().announcement().id(), LocalDate.of(2026, 3, 3)));
    String mid = m.value().meeting().id();
    m = meetings.openVoting(PLAN, mid, at(m));
    for (String member : List.of("council", "pho.chu.tich")) {
      for (String n : List.of("N-1", "N-2", "N-3")) {
        m = meetings.vote(PLAN, mid, new CastVote(member, n, VoteChoice.FOR, null), at(m));
      }
    }
    meetings.close(PLAN, mid, at(m));

    Tagged<PlanSubmission> s =
        submissions.prepare(
            PLAN,
            new PrepareSubmission(mid, Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 4), null));
    String sid = s.value().submission().id();
    assertThat(s.value().submission().groups())
        .extracting(g -> g.form() + ":" + g.withinAuthority())
        .containsExactly("GIAY_KHEN:true", "HUAN_CHUONG_LAO_DONG_HANG_BA:false");
    assertThat(s.value().submission().proposals()).hasSize(1);
    DecideForm decide =
        new DecideForm(
            AwardProcedure.GIAY_KHEN,
            "15/QĐ-UBND",
            LocalDate.of(2026, 3, 5),
            "Phạm Hoàng Long",
            AwardType.MOVEMENT,
            List.of("N-1", "N-2"),
            null);
    Tagged<PlanSubmission> seen = s;
    assertThatThrownBy(() -> submissions.decide(PLAN, sid, decide, at(seen)))
        .isInstanceOf(AccessDeniedException.class);

    city.callers.actAs(CHAIRMAN);
    s = submissions.decide(PLAN, sid, decide, at(s));

    assertThat(s.value().submission().decisions()).hasSize(1);
    ParticipantHistory p1 = histories.histories(PLAN, List.of("p-1")).get(0);
    assertThat(p1.awards())
        .containsExactly(
            new AwardRecord(
                "GIAY_KHEN", AwardType.MOVEMENT, "15/QĐ-UBND", LocalDate.of(2026, 3, 5), null));
    assertThat(histories.imports())
        .extracting(i -> i.mediaType())
        .containsExactly(Submissions.DECISION_SOURCE);
    s = submissions.close(PLAN, sid, at(s));
    assertThat(s.value().submission().state().name()).isEqualTo("CLOSED");

    city.callers.actAs(InMemoryCity.OFFICER);
    InvalidInputException noDecision =
        catchThrowableOfType(
            () ->
                revocations.propose(
                    PLAN,
                    new ProposeRevocation(
                        sid,
                        AwardProcedure.LABOUR_ORDER,
                        "N-3",
                        RevocationGround.FRAUDULENT_DECLARATION,
                        "x",
                        null)),
            InvalidInputException.class);
    assertThat(paths(noDecision)).containsExactly("form");
    Tagged<PlanRevocation> r =
        revocations.propose(
            PLAN,
            new ProposeRevocation(
                sid,
                AwardProcedure.GIAY_KHEN,
                "N-1",
                RevocationGround.FALSE_INFORMATION_OR_FORGERY,
                "Hồ sơ kê khai sai số liệu",
                null));
    String rid = r.value().revocation().id();
    city.callers.actAs(OTHER_REPORTER);
    assertThatThrownBy(() -> revocations.find(PLAN, rid)).isInstanceOf(NotFoundException.class);
    assertThat(revocations.list(PLAN, null, null, PageRequest.of(0, 20, 100)).items()).isEmpty();
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    assertThat(revocations.find(PLAN, rid).tag()).isEqualTo("0");

    city.callers.actAs(CHAIRMAN);
    Tagged<PlanRevocation> proposed = r;
    InvalidInputException otherOffice =
        catchThrowableOfType(
            () ->
                revocations.annul(
                    PLAN,
                    rid,
                    new AnnulAward(Office.PROVINCE_CHAIRMAN, LocalDate.of(2026, 6, 1), null),
                    at(proposed)),
            InvalidInputException.class);
    assertThat(paths(otherOffice)).containsExactly("office");
    r =
        revocations.annul(
            PLAN,
            rid,
            new AnnulAward(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 6, 1), null),
            at(r));

    assertThat(histories.histories(PLAN, List.of("p-1")).get(0).awards().get(0).revokedOn())
        .isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(histories.histories(PLAN, List.of("p-2")).get(0).awards().get(0).revokedOn())
        .isNull();
    Tagged<PlanRevocation> annulled = r;
    CommandRefusedException dismissed =
        catchThrowableOfType(
            () -> revocations.dismiss(PLAN, rid, new CaseReason("x", null), at(annulled)),
            CommandRefusedException.class);
    assertThat(dismissed.allowed()).containsExactly("recordRecovery");
    assertThat(city.auditedActions())
        .containsSubsequence(
            "submission.open",
            "submission.decide",
            "history.decision",
            "submission.close",
            "revocation.open",
            "revocation.annul",
            "history.revocation");
  }

  /** Convened, all voting for every nominee, closed: the meeting's id. */
  private String approvedAll() {
    Tagged<PlanAnnouncement> closed = closedAnnouncement();
    Tagged<PlanCouncilMeeting> m =
        meetings.convene(
            PLAN, convene(closed.value().announcement().id(), LocalDate.of(2026, 3, 3)));
    String mid = m.value().meeting().id();
    m = meetings.openVoting(PLAN, mid, at(m));
    for (String member : List.of("council", "pho.chu.tich")) {
      for (String n : List.of("N-1", "N-2", "N-3")) {
        m = meetings.vote(PLAN, mid, new CastVote(member, n, VoteChoice.FOR, null), at(m));
      }
    }
    meetings.close(PLAN, mid, at(m));
    return mid;
  }

  private static String text(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(d), Normalizer.Form.NFC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SignatureCheck onlySignature(byte[] pdf) {
    List<SignatureCheck> checks = PdfSignatures.verify(pdf, List.of(authority.ca()));
    assertThat(checks).hasSize(1);
    return checks.get(0);
  }

  @Test
  void theSubmissionAndTheDecisionAreSignedOnceKeptAndTheDecisionPrintsItsAnchor() {
    String mid = approvedAll();
    Tagged<PlanSubmission> s =
        submissions.prepare(
            PLAN,
            new PrepareSubmission(mid, Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 4), null));
    String sid = s.value().submission().id();
    SubmissionDocuments documents = submissions.documents;

    DocumentFile submission = documents.submission(s.value());
    assertThat(submission.fileName()).isEqualTo("Tờ trình 01-TTr-VHXH.pdf");
    assertThat(onlySignature(submission.content()).trusted()).isTrue();
    assertThat(onlySignature(submission.content()).unchanged()).isTrue();
    assertThat(text(submission.content()))
        .contains("Số: 01/TTr-VHXH", "Nguyễn Văn Số 1", "Phường Vĩnh Thanh Vân");
    assertThatThrownBy(() -> documents.decision(s.value(), AwardProcedure.GIAY_KHEN))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> documents.decision(s.value(), "NO_SUCH_FORM"))
        .isInstanceOf(NotFoundException.class);

    city.callers.actAs(CHAIRMAN);
    Tagged<PlanSubmission> decided =
        submissions.decide(
            PLAN,
            sid,
            new DecideForm(
                AwardProcedure.GIAY_KHEN,
                "15/QĐ-UBND",
                LocalDate.of(2026, 3, 5),
                "Phạm Hoàng Long",
                AwardType.MOVEMENT,
                List.of("N-1", "N-2"),
                null),
            at(s));

    DocumentFile decision = documents.decision(decided.value(), AwardProcedure.GIAY_KHEN);
    assertThat(decision.fileName()).isEqualTo("Quyết định 15-QĐ-UBND.pdf");
    SignatureCheck signed = onlySignature(decision.content());
    assertThat(signed.trusted()).isTrue();
    assertThat(signed.unchanged()).isTrue();
    assertThat(signed.signer()).isEqualTo("Phạm Hoàng Long");
    // the very same bytes at each read: kept, never signed again
    assertThat(
            java.util.Arrays.equals(
                documents.decision(decided.value(), AwardProcedure.GIAY_KHEN).content(),
                decision.content()))
        .isTrue();
    assertThat(documents.submission(decided.value()).sha256()).isEqualTo(submission.sha256());
    // the head printed is the anchor taken as the decision was made, which covers the decision
    AuditAnchor anchor = anchors.all().get(anchors.all().size() - 1);
    assertThat(anchor.takenBy()).isEqualTo("chairman");
    String printed = text(decision.content());
    assertThat(printed)
        .contains("Nhật ký kiểm toán khi ban hành: mục số " + anchor.seq() + ", mã băm SHA-256:")
        .contains(anchor.hash())
        .contains("Số: 15/QĐ-UBND", "Tờ trình số 01/TTr-VHXH", "Nguyễn Văn Số 2");
    assertThat(city.auditLog.entries().get((int) anchor.seq() - 1).action())
        .isEqualTo("history.decision");
    assertThat(city.auditedActions())
        .containsSubsequence(
            "submission.open",
            "document.issue",
            "submission.decide",
            "history.decision",
            "audit.anchor",
            "document.issue");
    assertThat(issued.all())
        .extracting(IssuedDocument::name, IssuedDocument::headSeq)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("submission", null),
            org.assertj.core.groups.Tuple.tuple("decision/GIAY_KHEN", anchor.seq()));

    DocumentFile certificate =
        documents.certificate(decided.value(), AwardProcedure.GIAY_KHEN, "N-2");
    assertThat(certificate.fileName()).isEqualTo("Giấy khen Nguyễn Văn Số 2.pdf");
    assertThat(text(certificate.content()))
        .contains("Nguyễn Văn Số 2", "Quyết định số 15/QĐ-UBND ngày 05 tháng 3 năm 2026");
    // rendered again from the stored decision: the same bytes, so the same ETag
    assertThat(documents.certificate(decided.value(), AwardProcedure.GIAY_KHEN, "N-2").sha256())
        .isEqualTo(certificate.sha256());
    assertThatThrownBy(
            () -> documents.certificate(decided.value(), AwardProcedure.GIAY_KHEN, "N-3"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> documents.certificate(decided.value(), AwardProcedure.LABOUR_ORDER, "N-3"))
        .isInstanceOf(ConflictException.class);
    DocumentFile list = documents.decisionList(decided.value(), AwardProcedure.GIAY_KHEN);
    assertThat(list.fileName()).isEqualTo("Danh sách kèm theo Quyết định 15-QĐ-UBND.xlsx");
    assertThat(list.content()).startsWith('P', 'K');
    assertThat(documents.submissionList(decided.value()).fileName())
        .isEqualTo("Danh sách kèm theo Tờ trình 01-TTr-VHXH.xlsx");

    // the next submission of the year takes the next number
    city.callers.actAs(InMemoryCity.OFFICER);
    Tagged<PlanSubmission> second =
        submissions.prepare(
            PLAN,
            new PrepareSubmission(mid, Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 6), null));
    assertThat(documents.submission(second.value()).fileName())
        .isEqualTo("Tờ trình 02-TTr-VHXH.pdf");
  }
}
