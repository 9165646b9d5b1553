package vn.emulation.jakarta.application.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that names what an audit entry is about: each target is an API path, built from the
 * same path template as the resource that answers it (the templates are listed in {@link
 * #TEMPLATES}, and {@code AuditTargetsTest} holds them against the JAX-RS {@code @Path}s), so that
 * an auditor can take a target and read the thing it names. Every {@code AuditTrail.record} call
 * takes its target here. Stateless.
 */
public final class AuditTargets {

  /** A unit: {@code GET /api/units/{code}}. */
  public static final String UNIT = "units/{code}";

  /** A plan version: {@code GET /api/plans/{code}/versions/{version}}. */
  public static final String PLAN_VERSION = "plans/{code}/versions/{version}";

  /** A participant: {@code GET /api/plans/{plan}/participants/{id}}. */
  public static final String PARTICIPANT = "plans/{plan}/participants/{id}";

  /** A participant's evidence: {@code GET|PUT /api/plans/{plan}/participants/{id}/evidence/…}. */
  public static final String EVIDENCE = "plans/{plan}/participants/{id}/evidence/{occasion}";

  /** An upload: {@code GET /api/plans/{plan}/measurements/uploads/{id}}. */
  public static final String UPLOAD = "plans/{plan}/measurements/uploads/{id}";

  /** A stored evaluation run: {@code GET /api/plans/{plan}/occasions/{occasion}/evaluations/…}. */
  public static final String EVALUATION_RUN = "plans/{plan}/occasions/{occasion}/evaluations/{run}";

  /**
   * One reported value, by its key below the plan's measurements ({@code GET
   * /api/plans/{plan}/measurements} lists it; the API reads one value by query, not by path). The
   * one target that is not itself a path of the API; it lies below one, so that the log's filter by
   * {@code target=plans/{plan}/measurements} finds it (ADR 0026).
   */
  public static final String MEASUREMENT = "plans/{plan}/measurements/{indicator}/{unit}/{year}";

  /** A history import: {@code GET /api/plans/{plan}/participants/history/uploads/{id}}. */
  public static final String HISTORY_IMPORT = "plans/{plan}/participants/history/uploads/{id}";

  /** A unit's registration for a plan: {@code GET /api/plans/{plan}/registrations/{id}}. */
  public static final String REGISTRATION = "plans/{plan}/registrations/{id}";

  /** A public announcement of nominees: {@code GET /api/plans/{plan}/announcements/{id}}. */
  public static final String ANNOUNCEMENT = "plans/{plan}/announcements/{id}";

  /** A council meeting: {@code GET /api/plans/{plan}/council-meetings/{id}}. */
  public static final String COUNCIL_MEETING = "plans/{plan}/council-meetings/{id}";

  /** A submission and its decisions: {@code GET /api/plans/{plan}/submissions/{id}}. */
  public static final String SUBMISSION = "plans/{plan}/submissions/{id}";

  /**
   * A submission's own document, signed when it was sent: {@code GET
   * /api/plans/{plan}/submissions/{id}/documents/submission.pdf}.
   */
  public static final String SUBMISSION_DOCUMENT =
      "plans/{plan}/submissions/{id}/documents/submission.pdf";

  /**
   * A decision's document, signed when it was made: {@code GET
   * /api/plans/{plan}/submissions/{id}/documents/decisions/{form}.pdf}.
   */
  public static final String DECISION_DOCUMENT =
      "plans/{plan}/submissions/{id}/documents/decisions/{form}.pdf";

  /** A revocation of an award: {@code GET /api/plans/{plan}/revocations/{id}}. */
  public static final String REVOCATION = "plans/{plan}/revocations/{id}";

  /** A unit's yearly movement report: {@code GET /api/plans/{plan}/reports/{id}}. */
  public static final String REPORT = "plans/{plan}/reports/{id}";

  /** A unit's nomination: {@code GET /api/plans/{plan}/nominations/{id}}. */
  public static final String NOMINATION = "plans/{plan}/nominations/{id}";

  /**
   * A participant's stored verdicts in a run: {@code GET
   * /api/plans/{plan}/occasions/{occasion}/evaluations/{run}/verdicts/{participant}}.
   */
  public static final String STORED_VERDICT =
      "plans/{plan}/occasions/{occasion}/evaluations/{run}/verdicts/{participant}";

  /**
   * A nomination received from the level below through an electronic dossier: {@code GET
   * /api/plans/{plan}/received-dossiers/{id}} (ADR 0052).
   */
  public static final String RECEIVED_NOMINATION = "plans/{plan}/received-dossiers/{id}";

  /** The audit log's anchors, where an administrator takes one (ADR 0045). */
  public static final String ANCHORS = "audit/anchors";

  /** Every template a target is built from. */
  public static final List<String> TEMPLATES =
      List.of(
          UNIT,
          PLAN_VERSION,
          PARTICIPANT,
          EVIDENCE,
          UPLOAD,
          EVALUATION_RUN,
          MEASUREMENT,
          HISTORY_IMPORT,
          REGISTRATION,
          ANNOUNCEMENT,
          COUNCIL_MEETING,
          SUBMISSION,
          SUBMISSION_DOCUMENT,
          DECISION_DOCUMENT,
          REVOCATION,
          REPORT,
          NOMINATION,
          STORED_VERDICT,
          RECEIVED_NOMINATION,
          ANCHORS);

  private static final Pattern VARIABLE = Pattern.compile("\\{([a-z]+)}");

  private AuditTargets() {}

  /** A unit, by its code. */
  public static String unit(String code) {
    return fill(UNIT, Map.of("code", code));
  }

  /** A version of a plan: the one imported, loaded (the demo) or whose status changed. */
  public static String planVersion(String plan, int version) {
    return fill(PLAN_VERSION, Map.of("code", plan, "version", String.valueOf(version)));
  }

  /** The submission's own document, as issued. */
  public static String submissionDocument(String plan, String id) {
    return fill(SUBMISSION_DOCUMENT, Map.of("plan", plan, "id", id));
  }

  /** The document of a submission's decision on {@code form}, as issued. */
  public static String decisionDocument(String plan, String id, String form) {
    return fill(DECISION_DOCUMENT, Map.of("plan", plan, "id", id, "form", form));
  }

  /** A unit's nomination. */
  public static String nomination(String plan, String id) {
    return fill(NOMINATION, Map.of("plan", plan, "id", id));
  }

  /** A participant's stored verdicts in a run: what a nomination's verdict reference names. */
  public static String storedVerdict(String plan, String occasion, String run, String participant) {
    return fill(
        STORED_VERDICT,
        Map.of("plan", plan, "occasion", occasion, "run", run, "participant", participant));
  }

  /** A unit's registration for a plan. */
  public static String registration(String plan, String id) {
    return fill(REGISTRATION, Map.of("plan", plan, "id", id));
  }

  /** A public announcement of nominees. */
  public static String announcement(String plan, String id) {
    return fill(ANNOUNCEMENT, Map.of("plan", plan, "id", id));
  }

  /** A council meeting. */
  public static String councilMeeting(String plan, String id) {
    return fill(COUNCIL_MEETING, Map.of("plan", plan, "id", id));
  }

  /** A submission, with its decisions. */
  public static String submission(String plan, String id) {
    return fill(SUBMISSION, Map.of("plan", plan, "id", id));
  }

  /** A nomination received from the level below. */
  public static String receivedNomination(String plan, String id) {
    return fill(RECEIVED_NOMINATION, Map.of("plan", plan, "id", id));
  }

  /** A revocation of an award. */
  public static String revocation(String plan, String id) {
    return fill(REVOCATION, Map.of("plan", plan, "id", id));
  }

  /** A unit's yearly movement report for a plan. */
  public static String report(String plan, String id) {
    return fill(REPORT, Map.of("plan", plan, "id", id));
  }

  /** A participant of a plan. */
  public static String participant(String plan, String id) {
    return fill(PARTICIPANT, Map.of("plan", plan, "id", id));
  }

  /** A participant's evidence for an occasion. */
  public static String evidence(String plan, String participant, String occasion) {
    return fill(EVIDENCE, Map.of("plan", plan, "id", participant, "occasion", occasion));
  }

  /** A measurement upload, at the path that answers it. */
  public static String upload(String plan, String id) {
    return fill(UPLOAD, Map.of("plan", plan, "id", id));
  }

  /** An import of participants' history, at the path that answers it. */
  public static String historyImport(String plan, String id) {
    return fill(HISTORY_IMPORT, Map.of("plan", plan, "id", id));
  }

  /** A stored evaluation run. */
  public static String evaluationRun(String plan, String occasion, String run) {
    return fill(EVALUATION_RUN, Map.of("plan", plan, "occasion", occasion, "run", run));
  }

  /** One reported value; a breakdown, when there is one, is one more segment. */
  public static String measurement(
      String plan, String indicator, String unit, int year, String breakdown) {
    String key =
        fill(
            MEASUREMENT,
            Map.of("plan", plan, "indicator", indicator, "unit", unit, "year", "" + year));
    return breakdown == null || breakdown.isEmpty() ? key : key + "/" + breakdown;
  }

  /** {@code template} with each {@code {name}} replaced by its value (all are required). */
  static String fill(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no " + m.group(1) + " for " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
