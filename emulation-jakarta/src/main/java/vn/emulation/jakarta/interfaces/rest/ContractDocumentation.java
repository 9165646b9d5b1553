package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.GenericType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.plan.StoredPlan;
import vn.emulation.jakarta.application.unit.UnitHistory;
import vn.emulation.jakarta.interfaces.rest.AuditView.EntryView;
import vn.emulation.jakarta.interfaces.rest.AuditView.VerificationView;
import vn.emulation.jakarta.interfaces.rest.MeasurementViews.MeasurementView;
import vn.emulation.jakarta.interfaces.rest.MeasurementViews.UploadView;
import vn.emulation.jakarta.interfaces.rest.ParticipantViews.EvidenceView;
import vn.emulation.jakarta.interfaces.rest.ParticipantViews.ParticipantView;
import vn.emulation.jakarta.interfaces.rest.UnitViews.UnitSummary;
import vn.emulation.jakarta.interfaces.rest.UnitViews.UnitTree;

/**
 * Makes {@code /openapi} a contract an integrator can code against: every JSON body the API reads
 * or writes gets its schema ({@link ApiSchemas}, {@link CommandDocumentation}), a plan file the
 * shape of the plan format with its complete JSON Schema attached, and every error answer the one
 * {@code Problem} (RFC 9457). Also documents who needs a token ({@link AccessDocumentation}). Not
 * registered at run time (ADR 0055): the document it makes is {@code META-INF/openapi.json}, which
 * the WAR serves as it is; {@code OpenApiGenerationIT} registers it by {@code mp.openapi.filter} to
 * generate the document again and compare.
 */
public class ContractDocumentation implements OASFilter {

  static final String PROBLEM = "Problem";
  static final String PLAN_FILE = "PlanFile";

  /** The answers' types, in this order (the first of two records of one name keeps it). */
  static final List<Type> ANSWERS =
      List.of(
          new GenericType<Page<UnitSummary>>() {}.getType(),
          UnitTree.class,
          UnitHistory.class,
          UnitViews.UnitDetail.class,
          CallerResource.CallerView.class,
          new GenericType<Page<StoredPlan>>() {}.getType(),
          StoredPlan.class,
          PlanVersionView.class,
          new GenericType<Page<ParticipantCategory>>() {}.getType(),
          new GenericType<Page<ParticipantView>>() {}.getType(),
          ParticipantView.class,
          EvidenceView.class,
          new GenericType<Page<MeasurementView>>() {}.getType(),
          MeasurementView.class,
          UploadView.class,
          SheetViews.SheetView.class,
          SheetViews.HistoryView.class,
          HistoryViews.HistoryImportView.class,
          HistoryViews.ParticipantHistoryView.class,
          new GenericType<Page<RegistrationViews.RegistrationView>>() {}.getType(),
          RegistrationViews.RegistrationView.class,
          RegistrationViews.OverdueList.class,
          new GenericType<Page<AwardViews.AnnouncementView>>() {}.getType(),
          AwardViews.AnnouncementView.class,
          AwardViews.PublishedAnnouncement.class,
          new GenericType<Page<AwardViews.CouncilMeetingView>>() {}.getType(),
          AwardViews.CouncilMeetingView.class,
          new GenericType<Page<AwardViews.SubmissionView>>() {}.getType(),
          AwardViews.SubmissionView.class,
          new GenericType<Page<ReceivedDossierViews.ReceivedNominationView>>() {}.getType(),
          ReceivedDossierViews.ReceivedNominationView.class,
          ReceivedDossierViews.ReceivedDossierView.class,
          new GenericType<Page<AwardViews.RevocationView>>() {}.getType(),
          AwardViews.RevocationView.class,
          AwardViews.GroundView.class,
          new GenericType<Page<ReportViews.ReportView>>() {}.getType(),
          ReportViews.ReportView.class,
          new GenericType<Page<NominationViews.NominationView>>() {}.getType(),
          NominationViews.NominationView.class,
          NominationViews.BatchAppraisalView.class,
          ProgressView.Report.class,
          DocumentVerificationView.DocumentVerification.class,
          new GenericType<ProgressView.Children<ProgressView.Report>>() {}.getType(),
          new GenericType<ProgressView.Children<ProgressView.Rank>>() {}.getType(),
          PublishedPlanResource.PublishedPlan.class,
          LawResource.LawFormsView.class,
          ForecastResource.Answer.class,
          EvaluationView.VerdictPage.class,
          EvaluationView.ParticipantVerdicts.class,
          EvaluationView.Summary.class,
          new GenericType<Page<EvaluationRunView.RunView>>() {}.getType(),
          EvaluationRunView.RunView.class,
          EvaluationRunView.StoredVerdictPage.class,
          EvaluationRunView.StoredParticipantVerdicts.class,
          new GenericType<Page<EntryView>>() {}.getType(),
          VerificationView.class,
          AnchorViews.AnchorView.class,
          AnchorViews.AnchorList.class,
          AnchorViews.AnchorVerificationView.class,
          new GenericType<Page<NoticeViews.NoticeView>>() {}.getType(),
          NoticeViews.NoticeView.class,
          NoticeViews.UnreadCount.class,
          NoticeViews.NoticeSettingsView.class,
          Problem.class,
          LocalizedText.class);

  private final AccessDocumentation access = new AccessDocumentation();

  @Override
  public Operation filterOperation(Operation operation) {
    Operation o = access.filterOperation(operation);
    if (o.getResponses() != null && o.getResponses().getAPIResponses() != null) {
      o.getResponses()
          .getAPIResponses()
          .forEach(
              (status, r) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                  r.setContent(problemContent());
                }
              });
    }
    return o;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ApiSchemas schemas = new ApiSchemas();
    ANSWERS.forEach(schemas::ref);
    CommandDocumentation.define(schemas);
    schemas.define(PLAN_FILE, planFile());
    schemas.define("OpenDataProgress", openData());
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    Map<String, Schema> all = new LinkedHashMap<>();
    if (components.getSchemas() != null) {
      all.putAll(components.getSchemas());
    }
    all.putAll(schemas.components());
    components.setSchemas(all);
  }

  private static Content problemContent() {
    MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
    return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
  }

  /**
   * The plan file: its top-level shape in OpenAPI 3.0 terms, and the whole draft 2020-12 JSON
   * Schema that the server's reader follows as {@code x-json-schema}.
   */
  static Schema planFile() {
    JsonObject json = planJsonSchema();
    Schema s =
        OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .description(json.getString("description"))
            .externalDocs(
                OASFactory.createExternalDocumentation()
                    .url(json.getString("$id"))
                    .description(
                        "The plan format's JSON Schema (draft 2020-12), attached in full as"
                            + " x-json-schema; docs/plan-format.md describes every field"));
    List<String> required = new ArrayList<>();
    json.getJsonArray("required").forEach(v -> required.add(((JsonString) v).getString()));
    s.required(required);
    json.getJsonObject("properties")
        .forEach((name, v) -> s.addProperty(name, shape(v.asJsonObject())));
    s.addExtension("x-json-schema", java(json));
    return s;
  }

  /** A property of the plan schema, as far as OpenAPI 3.0 can say it without $defs. */
  private static Schema shape(JsonObject p) {
    Schema s = OASFactory.createSchema();
    if (p.containsKey("const")) {
      return s.type(SchemaType.STRING).enumeration(List.of(p.getString("const")));
    }
    JsonValue type = p.get("type");
    if (type instanceof JsonString t) {
      s.type(SchemaType.valueOf(t.getString().toUpperCase(java.util.Locale.ROOT)));
    } else if (type instanceof JsonArray types) {
      for (JsonValue t : types) {
        String name = ((JsonString) t).getString();
        if (name.equals("null")) {
          s.nullable(true);
        } else {
          s.type(SchemaType.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
        }
      }
    }
    if (p.containsKey("$ref")) {
      s.description("See " + p.getString("$ref") + " in x-json-schema");
    }
    if (s.getType() == SchemaType.ARRAY) {
      // OpenAPI wants the items of every array; the plan schema's are its own $defs
      JsonObject items =
          p.containsKey("items") && p.get("items") instanceof JsonObject o
              ? o
              : Json.createObjectBuilder().build();
      s.items(
          items.containsKey("type") || items.containsKey("const")
              ? shape(items)
              : OASFactory.createSchema()
                  .type(SchemaType.OBJECT)
                  .description(
                      items.containsKey("$ref")
                          ? "See " + items.getString("$ref") + " in x-json-schema"
                          : "A JSON value"));
    }
    if (p.containsKey("format")) {
      s.format(p.getString("format"));
    }
    return s;
  }

  private static Schema openData() {
    Schema row = OASFactory.createSchema().type(SchemaType.OBJECT);
    for (String text :
        List.of(
            "plan_code",
            "unit_code",
            "unit_name",
            "indicator_code",
            "as_of",
            "comparator",
            "status",
            "coverage_missing")) {
      row.addProperty(text, OASFactory.createSchema().type(SchemaType.STRING));
    }
    for (String n :
        List.of("milestone_year", "figures_year", "coverage_reported", "coverage_expected")) {
      row.addProperty(n, OASFactory.createSchema().type(SchemaType.INTEGER));
    }
    row.addProperty("threshold", OASFactory.createSchema().type(SchemaType.NUMBER));
    row.addProperty(
        "value",
        OASFactory.createSchema()
            .type(SchemaType.NUMBER)
            .nullable(true)
            .description("null when no data"));
    row.addProperty(
        "gap",
        OASFactory.createSchema()
            .type(SchemaType.NUMBER)
            .nullable(true)
            .description("value minus threshold; null when no data"));
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .required(List.of("format", "rows"))
        .addProperty(
            "format",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .enumeration(List.of("emulation-progress/1")))
        .addProperty("rows", OASFactory.createSchema().type(SchemaType.ARRAY).items(row));
  }

  static JsonObject planJsonSchema() {
    try (InputStream in =
            ContractDocumentation.class.getResourceAsStream("/plans/plan.schema.json");
        JsonReader r = Json.createReader(in)) {
      return r.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON-P values as the maps, lists, strings and numbers the document writer knows. */
  static Object java(JsonValue v) {
    return switch (v.getValueType()) {
      case OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        v.asJsonObject().forEach((k, x) -> m.put(k, java(x)));
        yield m;
      }
      case ARRAY -> v.asJsonArray().stream().map(ContractDocumentation::java).toList();
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> null;
    };
  }
}
