package vn.emulation.jakarta.interfaces.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Office;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.VoteChoice;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.evaluation.EvaluationCommands.StartRun;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.plan.PlanCommands.ChangeStatus;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnnulAward;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnswerComment;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.CastVote;
import vn.emulation.jakarta.application.procedure.AwardCommands.CloseAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.ConveneCouncil;
import vn.emulation.jakarta.application.procedure.AwardCommands.DecideForm;
import vn.emulation.jakarta.application.procedure.AwardCommands.FormShareInput;
import vn.emulation.jakarta.application.procedure.AwardCommands.MemberInput;
import vn.emulation.jakarta.application.procedure.AwardCommands.NoFields;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareSubmission;
import vn.emulation.jakarta.application.procedure.AwardCommands.ProposeRevocation;
import vn.emulation.jakarta.application.procedure.AwardCommands.PublishAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordComment;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordRecovery;
import vn.emulation.jakarta.application.procedure.AwardCommands.ShareInput;
import vn.emulation.jakarta.application.procedure.NominationCommands.AmendNomination;
import vn.emulation.jakarta.application.procedure.NominationCommands.AppraisalAnswer;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchAppraisalCommand;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchItem;
import vn.emulation.jakarta.application.procedure.NominationCommands.OpenNomination;
import vn.emulation.jakarta.application.procedure.NominationCommands.SubmitNomination;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.AmendRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.OpenRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.RegistrationAnswer;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.SubmitRegistration;
import vn.emulation.jakarta.application.procedure.ReportCommands.AmendReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.FigureInput;
import vn.emulation.jakarta.application.procedure.ReportCommands.OpenReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportAnswer;
import vn.emulation.jakarta.application.procedure.ReportCommands.SubmitReport;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;

/**
 * The JSON request bodies of the API, field by field, into the use cases' commands: each field of
 * its exact JSON type, unknown fields refused, codes and text by the core's rules, every problem of
 * the body at once ({@link BodyFields}). The use cases then check what only they can (a known unit,
 * a year of the plan). Stateless.
 */
final class CommandBodies {

  static final List<String> MEASUREMENT =
      List.of(
          "indicatorCode", "unitCode", "year", "breakdown", "numerator", "denominator", "value");
  static final List<String> OPEN_UNIT = List.of("code", "name", "level", "parentCode", "openedOn");
  static final List<String> CLOSE_UNIT = List.of("date");
  static final List<String> MOVE_UNIT = List.of("from", "name", "parentCode");
  static final List<String> NEW_UNIT = List.of("code", "name", "level", "parentCode");
  static final List<String> MERGE = List.of("sources", "successor", "date");
  static final List<String> SPLIT = List.of("source", "successors", "date");
  static final List<String> PARTICIPANT = List.of("id", "kind", "name", "categoryCode", "unitCode");
  static final List<String> EVIDENCE =
      List.of("answers", "counts", "amounts", "registeredOn", "notRegistered");
  static final List<String> ANSWER = List.of("answer", "reference");
  static final List<String> START_RUN = List.of();
  static final List<String> PLAN_STATUS = List.of("status", "date");
  static final List<String> OPEN_REGISTRATION =
      List.of("occasionCode", "unitCode", "participantIds");
  static final List<String> AMEND_REGISTRATION = List.of("participantIds");
  static final List<String> REGISTRATION_ANSWER = List.of("reason");
  static final List<String> SUBMIT_REGISTRATION = List.of();
  static final List<String> NO_FIELDS = List.of();
  static final List<String> CASE_REASON = List.of("reason");
  static final List<String> PREPARE_ANNOUNCEMENT = List.of("occasionCode", "nominationIds");
  static final List<String> PUBLISH_ANNOUNCEMENT = List.of("publishedOn", "channel");
  static final List<String> RECORD_COMMENT =
      List.of("author", "receivedOn", "text", "nominationId");
  static final List<String> ANSWER_COMMENT = List.of("number", "text");
  static final List<String> CLOSE_ANNOUNCEMENT = List.of("closedOn");
  static final List<String> CONVENE_COUNCIL =
      List.of(
          "announcementId",
          "day",
          "place",
          "members",
          "quorum",
          "approval",
          "approvalByForm",
          "present");
  static final List<String> MEMBER = List.of("id", "name", "role");
  static final List<String> SHARE = List.of("numerator", "denominator", "strict");
  static final List<String> FORM_SHARE = List.of("form", "numerator", "denominator", "strict");
  static final List<String> CAST_VOTE = List.of("memberId", "nominationId", "choice");
  static final List<String> PREPARE_SUBMISSION = List.of("meetingId", "office", "submittedOn");
  static final List<String> DECIDE_FORM =
      List.of("form", "number", "decidedOn", "signer", "type", "awardees");
  static final List<String> PROPOSE_REVOCATION =
      List.of("submissionId", "form", "nominationId", "ground", "reason");
  static final List<String> ANNUL_AWARD = List.of("office", "annulledOn");
  static final List<String> RECORD_RECOVERY =
      List.of("recordedOn", "artefactRecovered", "moneyRecovered", "note");
  static final List<String> FIGURE = List.of("indicatorCode", "breakdown", "measurementVersion");
  static final List<String> OPEN_REPORT = List.of("unitCode", "year", "figures", "narrative");
  static final List<String> AMEND_REPORT = List.of("figures", "narrative");
  static final List<String> REPORT_ANSWER = List.of("reason");
  static final List<String> SUBMIT_REPORT = List.of();
  static final List<String> OPEN_NOMINATION =
      List.of("occasionCode", "participantId", "awardFormCode", "lawFormCode", "sets", "documents");
  static final List<String> AMEND_NOMINATION = List.of("sets", "documents");
  static final List<String> SUBMIT_NOMINATION = List.of();
  static final List<String> APPRAISAL_ANSWER =
      List.of("reason", "departureReason", "correctionWorkingDays");
  static final List<String> BATCH_APPRAISAL = List.of("items", "correctionWorkingDays");
  static final List<String> BATCH_ITEM =
      List.of("nominationId", "version", "decision", "reason", "departureReason");

  private static final Map<Class<?>, Function<BodyFields, ?>> READERS =
      Map.ofEntries(
          Map.entry(MeasurementReport.class, f -> measurement(f)),
          Map.entry(
              OpenUnit.class,
              f ->
                  new OpenUnit(
                      f.code("code"),
                      f.text("name"),
                      f.choice("level", UnitLevel.class),
                      f.code("parentCode"),
                      f.date("openedOn"),
                      f.unread())),
          Map.entry(CloseUnit.class, f -> new CloseUnit(f.date("date"), f.unread())),
          Map.entry(
              MoveUnit.class,
              f -> new MoveUnit(f.date("from"), f.text("name"), f.code("parentCode"), f.unread())),
          Map.entry(
              MergeUnits.class,
              f ->
                  new MergeUnits(
                      f.codes("sources"),
                      f.object("successor", CommandBodies::newUnit, NEW_UNIT),
                      f.date("date"),
                      f.unread())),
          Map.entry(
              SplitUnit.class,
              f ->
                  new SplitUnit(
                      f.code("source"),
                      f.objects("successors", CommandBodies::newUnit, NEW_UNIT),
                      f.date("date"),
                      f.unread())),
          Map.entry(
              NewParticipant.class,
              f ->
                  new NewParticipant(
                      f.code("id"),
                      f.choice("kind", ParticipantKind.class),
                      f.text("name"),
                      f.code("categoryCode"),
                      f.code("unitCode"),
                      f.unread())),
          Map.entry(EvidenceUpdate.class, f -> evidence(f)),
          Map.entry(StartRun.class, f -> new StartRun()),
          Map.entry(
              ChangeStatus.class,
              f ->
                  new ChangeStatus(
                      f.choice("status", PlanStatus.class), f.date("date"), f.unread())),
          Map.entry(
              OpenRegistration.class,
              f ->
                  new OpenRegistration(
                      f.code("occasionCode"),
                      f.code("unitCode"),
                      f.codes("participantIds"),
                      f.unread())),
          Map.entry(
              AmendRegistration.class,
              f -> new AmendRegistration(f.codes("participantIds"), f.unread())),
          Map.entry(
              RegistrationAnswer.class, f -> new RegistrationAnswer(f.text("reason"), f.unread())),
          Map.entry(SubmitRegistration.class, f -> new SubmitRegistration()),
          Map.entry(NoFields.class, f -> new NoFields()),
          Map.entry(CaseReason.class, f -> new CaseReason(f.text("reason"), f.unread())),
          Map.entry(
              PrepareAnnouncement.class,
              f ->
                  new PrepareAnnouncement(
                      f.code("occasionCode"), f.codes("nominationIds"), f.unread())),
          Map.entry(
              PublishAnnouncement.class,
              f -> new PublishAnnouncement(f.date("publishedOn"), f.text("channel"), f.unread())),
          Map.entry(
              RecordComment.class,
              f ->
                  new RecordComment(
                      f.text("author"),
                      f.date("receivedOn"),
                      f.text("text"),
                      f.code("nominationId"),
                      f.unread())),
          Map.entry(
              AnswerComment.class,
              f -> new AnswerComment(f.integer("number"), f.text("text"), f.unread())),
          Map.entry(
              CloseAnnouncement.class, f -> new CloseAnnouncement(f.date("closedOn"), f.unread())),
          Map.entry(
              ConveneCouncil.class,
              f ->
                  new ConveneCouncil(
                      f.code("announcementId"),
                      f.date("day"),
                      f.text("place"),
                      f.objects("members", CommandBodies::member, MEMBER),
                      f.object("quorum", CommandBodies::share, SHARE),
                      f.object("approval", CommandBodies::share, SHARE),
                      f.objects("approvalByForm", CommandBodies::formShare, FORM_SHARE),
                      f.codes("present"),
                      f.unread())),
          Map.entry(
              CastVote.class,
              f ->
                  new CastVote(
                      f.code("memberId"),
                      f.code("nominationId"),
                      f.choice("choice", VoteChoice.class),
                      f.unread())),
          Map.entry(
              PrepareSubmission.class,
              f ->
                  new PrepareSubmission(
                      f.code("meetingId"),
                      f.choice("office", Office.class),
                      f.date("submittedOn"),
                      f.unread())),
          Map.entry(
              DecideForm.class,
              f ->
                  new DecideForm(
                      f.code("form"),
                      f.text("number"),
                      f.date("decidedOn"),
                      f.text("signer"),
                      f.choice("type", AwardType.class),
                      f.codes("awardees"),
                      f.unread())),
          Map.entry(
              ProposeRevocation.class,
              f ->
                  new ProposeRevocation(
                      f.code("submissionId"),
                      f.code("form"),
                      f.code("nominationId"),
                      f.choice("ground", RevocationGround.class),
                      f.text("reason"),
                      f.unread())),
          Map.entry(
              AnnulAward.class,
              f ->
                  new AnnulAward(
                      f.choice("office", Office.class), f.date("annulledOn"), f.unread())),
          Map.entry(
              RecordRecovery.class,
              f ->
                  new RecordRecovery(
                      f.date("recordedOn"),
                      f.bool("artefactRecovered"),
                      f.longInteger("moneyRecovered"),
                      f.text("note"),
                      f.unread())),
          Map.entry(
              OpenReport.class,
              f ->
                  new OpenReport(
                      f.code("unitCode"),
                      f.integer("year"),
                      f.objects("figures", CommandBodies::figure, FIGURE),
                      f.text("narrative"),
                      f.unread())),
          Map.entry(
              AmendReport.class,
              f ->
                  new AmendReport(
                      f.objects("figures", CommandBodies::figure, FIGURE),
                      f.text("narrative"),
                      f.unread())),
          Map.entry(ReportAnswer.class, f -> new ReportAnswer(f.text("reason"), f.unread())),
          Map.entry(SubmitReport.class, f -> new SubmitReport()),
          Map.entry(
              OpenNomination.class,
              f ->
                  new OpenNomination(
                      f.code("occasionCode"),
                      f.code("participantId"),
                      f.code("awardFormCode"),
                      f.code("lawFormCode"),
                      f.integer("sets"),
                      f.codes("documents"),
                      f.unread())),
          Map.entry(
              AmendNomination.class,
              f -> new AmendNomination(f.integer("sets"), f.codes("documents"), f.unread())),
          Map.entry(SubmitNomination.class, f -> new SubmitNomination()),
          Map.entry(
              AppraisalAnswer.class,
              f ->
                  new AppraisalAnswer(
                      f.text("reason"),
                      f.text("departureReason"),
                      f.integer("correctionWorkingDays"),
                      f.unread())),
          Map.entry(
              BatchAppraisalCommand.class,
              f ->
                  new BatchAppraisalCommand(
                      f.objects("items", CommandBodies::batchItem, BATCH_ITEM),
                      f.integer("correctionWorkingDays"),
                      f.unread())));

  private static final Map<Class<?>, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry(MeasurementReport.class, MEASUREMENT),
          Map.entry(OpenUnit.class, OPEN_UNIT),
          Map.entry(CloseUnit.class, CLOSE_UNIT),
          Map.entry(MoveUnit.class, MOVE_UNIT),
          Map.entry(MergeUnits.class, MERGE),
          Map.entry(SplitUnit.class, SPLIT),
          Map.entry(NewParticipant.class, PARTICIPANT),
          Map.entry(EvidenceUpdate.class, EVIDENCE),
          Map.entry(StartRun.class, START_RUN),
          Map.entry(ChangeStatus.class, PLAN_STATUS),
          Map.entry(OpenRegistration.class, OPEN_REGISTRATION),
          Map.entry(AmendRegistration.class, AMEND_REGISTRATION),
          Map.entry(RegistrationAnswer.class, REGISTRATION_ANSWER),
          Map.entry(SubmitRegistration.class, SUBMIT_REGISTRATION),
          Map.entry(NoFields.class, NO_FIELDS),
          Map.entry(CaseReason.class, CASE_REASON),
          Map.entry(PrepareAnnouncement.class, PREPARE_ANNOUNCEMENT),
          Map.entry(PublishAnnouncement.class, PUBLISH_ANNOUNCEMENT),
          Map.entry(RecordComment.class, RECORD_COMMENT),
          Map.entry(AnswerComment.class, ANSWER_COMMENT),
          Map.entry(CloseAnnouncement.class, CLOSE_ANNOUNCEMENT),
          Map.entry(ConveneCouncil.class, CONVENE_COUNCIL),
          Map.entry(CastVote.class, CAST_VOTE),
          Map.entry(PrepareSubmission.class, PREPARE_SUBMISSION),
          Map.entry(DecideForm.class, DECIDE_FORM),
          Map.entry(ProposeRevocation.class, PROPOSE_REVOCATION),
          Map.entry(AnnulAward.class, ANNUL_AWARD),
          Map.entry(RecordRecovery.class, RECORD_RECOVERY),
          Map.entry(OpenReport.class, OPEN_REPORT),
          Map.entry(AmendReport.class, AMEND_REPORT),
          Map.entry(ReportAnswer.class, REPORT_ANSWER),
          Map.entry(SubmitReport.class, SUBMIT_REPORT),
          Map.entry(OpenNomination.class, OPEN_NOMINATION),
          Map.entry(AmendNomination.class, AMEND_NOMINATION),
          Map.entry(SubmitNomination.class, SUBMIT_NOMINATION),
          Map.entry(AppraisalAnswer.class, APPRAISAL_ANSWER),
          Map.entry(BatchAppraisalCommand.class, BATCH_APPRAISAL));

  private CommandBodies() {}

  /** Whether {@code type} is a command read here. */
  static boolean reads(Class<?> type) {
    return READERS.containsKey(type);
  }

  /**
   * The command of {@code type} that {@code json} holds.
   *
   * @throws vn.emulation.core.common.InvalidInputException naming every problem of the body
   */
  static <T> T read(Class<T> type, String json) {
    JsonInput body = JsonInput.parse(json);
    ProblemCollector problems = new ProblemCollector();
    BodyFields fields = BodyFields.of(body, "", problems, new ProblemCollector(), FIELDS.get(type));
    Object command = fields.isObject() ? READERS.get(type).apply(fields) : null;
    problems.throwIfAny("request body");
    if (command == null) {
      throw Bodies.missing(); // the body was JSON null
    }
    return type.cast(command);
  }

  private static MemberInput member(BodyFields f) {
    return new MemberInput(f.code("id"), f.text("name"), f.choice("role", CouncilRole.class));
  }

  private static ShareInput share(BodyFields f) {
    return new ShareInput(f.integer("numerator"), f.integer("denominator"), f.bool("strict"));
  }

  private static FormShareInput formShare(BodyFields f) {
    return new FormShareInput(
        f.code("form"), f.integer("numerator"), f.integer("denominator"), f.bool("strict"));
  }

  private static MeasurementReport measurement(BodyFields f) {
    return new MeasurementReport(
        f.code("indicatorCode"),
        f.code("unitCode"),
        f.integer("year"),
        f.codeOrEmpty("breakdown"),
        f.longInteger("numerator"),
        f.longInteger("denominator"),
        f.decimal("value"));
  }

  private static FigureInput figure(BodyFields f) {
    return new FigureInput(
        f.code("indicatorCode"), f.codeOrEmpty("breakdown"), f.longInteger("measurementVersion"));
  }

  private static BatchItem batchItem(BodyFields f) {
    return new BatchItem(
        f.code("nominationId"),
        f.longInteger("version"),
        f.choice("decision", AppraisalDecision.class),
        f.text("reason"),
        f.text("departureReason"));
  }

  private static NewUnit newUnit(BodyFields f) {
    return new NewUnit(
        f.code("code"), f.text("name"), f.choice("level", UnitLevel.class), f.code("parentCode"));
  }

  private static EvidenceUpdate evidence(BodyFields f) {
    BigInteger longMin = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
    Map<String, AnswerInput> answers =
        f.map(
            "answers",
            (path, v) -> {
              BodyFields a = f.nested(path, v, ANSWER);
              return a.isObject()
                  ? new AnswerInput(a.choice("answer", Answer.class), a.text("reference"))
                  : null;
            });
    Map<String, BigDecimal> counts =
        f.map("counts", (path, v) -> whole(f, path, v, longMin, longMax));
    Map<String, BigDecimal> amounts =
        f.map("amounts", (path, v) -> whole(f, path, v, longMin, longMax));
    return new EvidenceUpdate(
        answers, counts, amounts, f.date("registeredOn"), f.bool("notRegistered"), f.unread());
  }

  private static BigDecimal whole(
      BodyFields f, String path, JsonInput v, BigInteger min, BigInteger max) {
    BigInteger n = f.integral(path, v, min, max);
    return n == null ? null : new BigDecimal(n);
  }
}
