package vn.emulation.jakarta.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import vn.emulation.core.common.TextRules;
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
import vn.emulation.jakarta.application.Unread;
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
 * The request bodies in the OpenAPI document, saying what {@link CommandBodies} accepts: exactly
 * its fields ({@code additionalProperties: false}), codes by {@link TextRules#CODE}, dates as
 * YYYY-MM-DD, the choices of levels, kinds and answers, what is required, and an example.
 */
final class CommandDocumentation {

  /** Fields whose value is a code (or, for arrays, whose items are). */
  static final Set<String> CODES =
      Set.of(
          "indicatorCode",
          "unitCode",
          "code",
          "parentCode",
          "source",
          "sources",
          "id",
          "categoryCode",
          "occasionCode",
          "participantIds",
          "nominationIds",
          "nominationId",
          "announcementId",
          "meetingId",
          "submissionId",
          "memberId",
          "present",
          "form",
          "awardees",
          "participantId",
          "awardFormCode",
          "lawFormCode",
          "documents");

  static final Set<String> DATES =
      Set.of(
          "openedOn",
          "date",
          "from",
          "registeredOn",
          "asOf",
          "publishedOn",
          "receivedOn",
          "closedOn",
          "day",
          "submittedOn",
          "decidedOn",
          "annulledOn",
          "recordedOn");
  static final Map<String, Class<? extends Enum<?>>> CHOICES =
      Map.of(
          "level",
          UnitLevel.class,
          "kind",
          ParticipantKind.class,
          "answer",
          Answer.class,
          "status",
          PlanStatus.class,
          "role",
          CouncilRole.class,
          "choice",
          VoteChoice.class,
          "office",
          Office.class,
          "type",
          AwardType.class,
          "ground",
          RevocationGround.class,
          "decision",
          AppraisalDecision.class);

  /** The objects inside a command's body, each a schema of its own. */
  static final Set<Class<?>> NESTED =
      Set.of(
          NewUnit.class,
          AnswerInput.class,
          MemberInput.class,
          ShareInput.class,
          FormShareInput.class);

  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private CommandDocumentation() {}

  /** One command: its record, the fields it must have, and an example. */
  private record Command(
      Class<?> type, List<String> fields, List<String> required, Map<String, Object> example) {}

  static void define(ApiSchemas schemas) {
    List<Command> commands =
        List.of(
            new Command(
                MeasurementReport.class,
                CommandBodies.MEASUREMENT,
                List.of("indicatorCode", "unitCode", "year"),
                example(
                    "indicatorCode",
                    "G2",
                    "unitCode",
                    "30745",
                    "year",
                    2024,
                    "numerator",
                    812,
                    "denominator",
                    1000)),
            new Command(
                OpenUnit.class,
                CommandBodies.OPEN_UNIT,
                List.of("code", "name", "level", "openedOn"),
                example(
                    "code",
                    "30790",
                    "name",
                    "Phường Rạch Giá",
                    "level",
                    "COMMUNE",
                    "parentCode",
                    "899",
                    "openedOn",
                    "2025-07-01")),
            new Command(
                ChangeStatus.class,
                CommandBodies.PLAN_STATUS,
                List.of("status"),
                example("status", "IN_FORCE", "date", "2024-03-15")),
            new Command(
                CloseUnit.class,
                CommandBodies.CLOSE_UNIT,
                List.of("date"),
                example("date", "2025-07-01")),
            new Command(
                MoveUnit.class,
                CommandBodies.MOVE_UNIT,
                List.of("from"),
                example("from", "2025-07-01", "name", "Phường Vĩnh Thanh")),
            new Command(
                NewUnit.class,
                CommandBodies.NEW_UNIT,
                List.of("code", "name", "level"),
                example(
                    "code",
                    "30790",
                    "name",
                    "Phường Rạch Giá",
                    "level",
                    "COMMUNE",
                    "parentCode",
                    "899")),
            new Command(
                MergeUnits.class,
                CommandBodies.MERGE,
                List.of("sources", "successor", "date"),
                example(
                    "sources",
                    List.of("30745", "30748"),
                    "successor",
                    example(
                        "code",
                        "30790",
                        "name",
                        "Phường Rạch Giá",
                        "level",
                        "COMMUNE",
                        "parentCode",
                        "899"),
                    "date",
                    "2025-07-01")),
            new Command(
                SplitUnit.class,
                CommandBodies.SPLIT,
                List.of("source", "successors", "date"),
                example(
                    "source",
                    "30763",
                    "successors",
                    List.of(
                        example("code", "30764", "name", "Xã Phi Thông", "level", "COMMUNE"),
                        example("code", "30765", "name", "Xã Phi Thông Mới", "level", "COMMUNE")),
                    "date",
                    "2025-07-01")),
            new Command(
                NewParticipant.class,
                CommandBodies.PARTICIPANT,
                List.of("kind", "name", "categoryCode", "unitCode"),
                example(
                    "kind",
                    "INDIVIDUAL",
                    "name",
                    "Nguyễn Thị Hồng Linh",
                    "categoryCode",
                    "OFFICIALS",
                    "unitCode",
                    "30745")),
            new Command(
                AnswerInput.class,
                CommandBodies.ANSWER,
                List.of("answer"),
                example("answer", "YES", "reference", "Quyết định 12/QĐ-UBND")),
            new Command(
                EvidenceUpdate.class,
                CommandBodies.EVIDENCE,
                List.of(),
                example(
                    "answers",
                    example("GEN-POLICY", example("answer", "YES")),
                    "counts",
                    example("recognisedInitiatives", 2),
                    "registeredOn",
                    "2022-03-15")),
            new Command(
                OpenRegistration.class,
                CommandBodies.OPEN_REGISTRATION,
                List.of("unitCode"),
                example("unitCode", "30745", "participantIds", List.of("ubnd-30745", "can-bo-17"))),
            new Command(
                AmendRegistration.class,
                CommandBodies.AMEND_REGISTRATION,
                List.of("participantIds"),
                example("participantIds", List.of("ubnd-30745", "can-bo-17", "can-bo-18"))),
            new Command(
                RegistrationAnswer.class,
                CommandBodies.REGISTRATION_ANSWER,
                List.of(),
                example("reason", "Kế hoạch của đơn vị chưa có chữ ký của Chủ tịch UBND phường")),
            new Command(
                SubmitRegistration.class, CommandBodies.SUBMIT_REGISTRATION, List.of(), example()),
            new Command(StartRun.class, CommandBodies.START_RUN, List.of(), example()),
            new Command(NoFields.class, CommandBodies.NO_FIELDS, List.of(), example()),
            new Command(
                CaseReason.class,
                CommandBodies.CASE_REASON,
                List.of("reason"),
                example("reason", "Danh sách có sai sót, lập lại")),
            new Command(
                PrepareAnnouncement.class,
                CommandBodies.PREPARE_ANNOUNCEMENT,
                List.of("occasionCode"),
                example("occasionCode", "ANNUAL_2025")),
            new Command(
                PublishAnnouncement.class,
                CommandBodies.PUBLISH_ANNOUNCEMENT,
                List.of("publishedOn", "channel"),
                example(
                    "publishedOn",
                    "2026-02-06",
                    "channel",
                    "https://rachgia.angiang.gov.vn/cong-khai")),
            new Command(
                RecordComment.class,
                CommandBodies.RECORD_COMMENT,
                List.of("author", "receivedOn", "text"),
                example(
                    "author",
                    "Trần Văn Bình, tổ 3",
                    "receivedOn",
                    "2026-02-10",
                    "text",
                    "Đề nghị làm rõ thành tích",
                    "nominationId",
                    "3f2a0c1e")),
            new Command(
                AnswerComment.class,
                CommandBodies.ANSWER_COMMENT,
                List.of("number", "text"),
                example("number", 1, "text", "Thành tích đã được xác minh")),
            new Command(
                CloseAnnouncement.class,
                CommandBodies.CLOSE_ANNOUNCEMENT,
                List.of("closedOn"),
                example("closedOn", "2026-03-02")),
            new Command(
                MemberInput.class,
                CommandBodies.MEMBER,
                List.of("id", "name", "role"),
                example("id", "council", "name", "Lê Văn Phúc", "role", "CHAIR")),
            new Command(
                ShareInput.class,
                CommandBodies.SHARE,
                List.of("numerator", "denominator"),
                example("numerator", 2, "denominator", 3, "strict", false)),
            new Command(
                FormShareInput.class,
                CommandBodies.FORM_SHARE,
                List.of("form", "numerator", "denominator"),
                example("form", "CHIEN_SI_THI_DUA_CO_SO", "numerator", 4, "denominator", 5)),
            new Command(
                ConveneCouncil.class,
                CommandBodies.CONVENE_COUNCIL,
                List.of("announcementId", "day", "place", "members", "present"),
                example(
                    "announcementId",
                    "7b1d",
                    "day",
                    "2026-03-03",
                    "place",
                    "Hội trường UBND phường",
                    "members",
                    List.of(example("id", "council", "name", "Lê Văn Phúc", "role", "CHAIR")),
                    "present",
                    List.of("council"))),
            new Command(
                CastVote.class,
                CommandBodies.CAST_VOTE,
                List.of("nominationId", "choice"),
                example("nominationId", "3f2a0c1e", "choice", "FOR")),
            new Command(
                PrepareSubmission.class,
                CommandBodies.PREPARE_SUBMISSION,
                List.of("meetingId", "office", "submittedOn"),
                example(
                    "meetingId",
                    "c81e",
                    "office",
                    "COMMUNE_CHAIRMAN",
                    "submittedOn",
                    "2026-03-04")),
            new Command(
                DecideForm.class,
                CommandBodies.DECIDE_FORM,
                List.of("form", "number", "decidedOn", "signer", "type", "awardees"),
                example(
                    "form",
                    "GIAY_KHEN",
                    "number",
                    "15/QĐ-UBND",
                    "decidedOn",
                    "2026-03-05",
                    "signer",
                    "Phạm Hoàng Long",
                    "type",
                    "MOVEMENT",
                    "awardees",
                    List.of("3f2a0c1e"))),
            new Command(
                ProposeRevocation.class,
                CommandBodies.PROPOSE_REVOCATION,
                List.of("submissionId", "form", "nominationId", "ground", "reason"),
                example(
                    "submissionId",
                    "e4da",
                    "form",
                    "GIAY_KHEN",
                    "nominationId",
                    "3f2a0c1e",
                    "ground",
                    "FALSE_INFORMATION_OR_FORGERY",
                    "reason",
                    "Hồ sơ kê khai sai số liệu")),
            new Command(
                AnnulAward.class,
                CommandBodies.ANNUL_AWARD,
                List.of("office", "annulledOn"),
                example("office", "COMMUNE_CHAIRMAN", "annulledOn", "2026-06-01")),
            new Command(
                RecordRecovery.class,
                CommandBodies.RECORD_RECOVERY,
                List.of("recordedOn", "artefactRecovered", "moneyRecovered"),
                example(
                    "recordedOn",
                    "2026-06-05",
                    "artefactRecovered",
                    true,
                    "moneyRecovered",
                    1490000,
                    "note",
                    "Biên lai 07/BL")),
            new Command(
                FigureInput.class,
                CommandBodies.FIGURE,
                List.of("indicatorCode"),
                example("indicatorCode", "G2", "breakdown", "", "measurementVersion", 2)),
            new Command(
                OpenReport.class,
                CommandBodies.OPEN_REPORT,
                List.of("unitCode", "year"),
                example(
                    "unitCode",
                    "30745",
                    "year",
                    2024,
                    "figures",
                    List.of(example("indicatorCode", "G2", "measurementVersion", 1)),
                    "narrative",
                    "Phường đã triển khai Kế hoạch thi đua năm 2024; 80 % hồ sơ xử lý trực tuyến.")),
            new Command(
                AmendReport.class,
                CommandBodies.AMEND_REPORT,
                List.of(),
                example(
                    "figures",
                    List.of(example("indicatorCode", "G2", "measurementVersion", 2)),
                    "narrative",
                    "Phường đã triển khai Kế hoạch thi đua năm 2024; số liệu G2 đã đính chính.")),
            new Command(
                ReportAnswer.class,
                CommandBodies.REPORT_ANSWER,
                List.of(),
                example("reason", "Số liệu G2 chưa khớp với báo cáo thống kê của phường")),
            new Command(SubmitReport.class, CommandBodies.SUBMIT_REPORT, List.of(), example()),
            new Command(
                OpenNomination.class,
                CommandBodies.OPEN_NOMINATION,
                List.of("occasionCode", "participantId", "awardFormCode", "lawFormCode"),
                example(
                    "occasionCode",
                    "ANNUAL-2025",
                    "participantId",
                    "can-bo-17",
                    "awardFormCode",
                    "GIAY_KHEN_CHU_TICH_TP",
                    "lawFormCode",
                    "GIAY_KHEN",
                    "sets",
                    1,
                    "documents",
                    List.of("SUBMISSION", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES"))),
            new Command(
                AmendNomination.class,
                CommandBodies.AMEND_NOMINATION,
                List.of(),
                example(
                    "sets",
                    1,
                    "documents",
                    List.of("SUBMISSION", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES"))),
            new Command(
                SubmitNomination.class, CommandBodies.SUBMIT_NOMINATION, List.of(), example()),
            new Command(
                AppraisalAnswer.class,
                CommandBodies.APPRAISAL_ANSWER,
                List.of(),
                example(
                    "reason",
                    "Biên bản họp xét chưa có chữ ký của Chủ tịch Hội đồng",
                    "correctionWorkingDays",
                    5)),
            new Command(
                BatchItem.class,
                CommandBodies.BATCH_ITEM,
                List.of("nominationId", "version", "decision"),
                example(
                    "nominationId",
                    "7d1c0a52-4f0e-4c55-9b7e-2f1d7b1e9a10",
                    "version",
                    3,
                    "decision",
                    "ELIGIBLE")),
            new Command(
                BatchAppraisalCommand.class,
                CommandBodies.BATCH_APPRAISAL,
                List.of("items"),
                example(
                    "items",
                    List.of(
                        example(
                            "nominationId",
                            "7d1c0a52-4f0e-4c55-9b7e-2f1d7b1e9a10",
                            "version",
                            3,
                            "decision",
                            "ELIGIBLE"),
                        example(
                            "nominationId",
                            "0b9e3f6c-2a71-4d8e-8f43-5c6a9d2e1b77",
                            "version",
                            3,
                            "decision",
                            "RETURN_FOR_CORRECTION",
                            "reason",
                            "Thiếu biên bản họp xét")),
                    "correctionWorkingDays",
                    5)));
    for (Command c : commands) {
      schemas.define(c.type().getSimpleName(), schema(schemas, c));
    }
  }

  private static Schema schema(ApiSchemas schemas, Command c) {
    Schema s =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesBoolean(false)
            .example(c.example())
            .description(
                "Exactly these fields (any other is refused by name), each of its JSON"
                    + " type: integers without fraction or exponent, numbers as numbers, never as text;"
                    + " an optional field left out and one sent as null both mean \"not given\"");
    if (!c.required().isEmpty()) {
      s.required(c.required());
    }
    for (java.lang.reflect.RecordComponent rc : c.type().getRecordComponents()) {
      if (rc.getType() == Unread.class) {
        continue; // what the edge could not read of the body, not one of its fields
      }
      String name = rc.getName();
      if (!c.fields().contains(name)) {
        throw new IllegalStateException(c.type() + " has no field " + name + " in CommandBodies");
      }
      Schema p = property(schemas, name, rc.getGenericType());
      if (!c.required().contains(name) && p.getRef() == null) {
        // an optional field may be left out or sent as null: both mean "not given"
        p.nullable(true);
      }
      s.addProperty(name, p);
    }
    return s;
  }

  private static Schema property(ApiSchemas schemas, String name, java.lang.reflect.Type type) {
    Class<?> raw = ApiSchemas.raw(type);
    if (NESTED.contains(raw)) {
      return OASFactory.createSchema().ref(raw.getSimpleName());
    }
    if (List.class.isAssignableFrom(raw)
        && type instanceof java.lang.reflect.ParameterizedType pt
        && NESTED.contains(ApiSchemas.raw(pt.getActualTypeArguments()[0]))) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(
              OASFactory.createSchema()
                  .ref(ApiSchemas.raw(pt.getActualTypeArguments()[0]).getSimpleName()));
    }
    if (raw == FigureInput.class) {
      return OASFactory.createSchema().ref(raw.getSimpleName());
    }
    if (name.equals("items")) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .minItems(1)
          .items(OASFactory.createSchema().ref(BatchItem.class.getSimpleName()));
    }
    if (CODES.contains(name)) {
      Schema code = code();
      if (!List.class.isAssignableFrom(raw)) {
        return code;
      }
      Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(code);
      // a dossier may hold no document yet; the other lists name at least one code
      return name.equals("documents") ? array : array.minItems(1);
    }
    if (name.equals("breakdown")) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .pattern("^$|" + TextRules.CODE.substring(1, TextRules.CODE.length() - 1) + "$")
          .description(
              "The breakdown's code (a sector for E2); empty or absent for the overall"
                  + " figure");
    }
    if (DATES.contains(name)) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date").pattern(DATE);
    }
    if (CHOICES.containsKey(name)) {
      List<Object> names = new ArrayList<>();
      for (Enum<?> e : CHOICES.get(name).getEnumConstants()) {
        names.add(e.name());
      }
      return OASFactory.createSchema().type(SchemaType.STRING).enumeration(names);
    }
    if (name.equals("answers")) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .description("By declaration" + " criterion code")
          .additionalPropertiesSchema(
              OASFactory.createSchema().ref(AnswerInput.class.getSimpleName()));
    }
    if (name.equals("counts") || name.equals("amounts")) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .description(
              "By the fact key of a "
                  + (name.equals("counts") ? "count" : "norm")
                  + " criterion; whole numbers"
                  + (name.equals("amounts") ? " of đồng" : ""))
          .additionalPropertiesSchema(
              OASFactory.createSchema()
                  .type(SchemaType.INTEGER)
                  .format("int64")
                  .minimum(java.math.BigDecimal.ZERO));
    }
    Schema s = schemas.of(type, Map.of());
    if (raw == String.class) {
      s.description("Text without control or bidirectional-control characters");
    }
    return s;
  }

  private static Schema code() {
    return OASFactory.createSchema()
        .type(SchemaType.STRING)
        .pattern(TextRules.CODE)
        .maxLength(TextRules.MAX_CODE_LENGTH);
  }

  private static Map<String, Object> example(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
