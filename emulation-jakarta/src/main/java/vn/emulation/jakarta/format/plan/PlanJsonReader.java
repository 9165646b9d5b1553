package vn.emulation.jakarta.format.plan;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.plan.Deadline;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanBuilder;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.plan.PlanLawForms;
import vn.emulation.core.plan.PlanParameter;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads a plan file ({@code emulation-plan/1}, {@code docs/plan-format.md}) into a {@link Plan}.
 *
 * <p>Nothing is half-read: the reader either returns the whole, valid plan or throws one {@link
 * InvalidInputException} listing every problem, each with its path in the document ({@code
 * targets[3].threshold}) and a reason in Vietnamese and English. Structural problems come first:
 * malformed JSON (with line and column), wrong types, missing or unknown fields, malformed codes,
 * unknown enumeration values, bad dates, fractions where whole numbers belong, elements a core
 * constructor rejects. Only a structurally sound document goes on to the model's own checks ({@code
 * PlanBuilder.build()}, plus criterion codes repeated inside {@code ANY_OF}s), whose paths then
 * match the document's, since every element was read in order. Thresholds and parameter values are
 * read as exact decimals. A reader given the law's rule set also holds each award form's {@code
 * lawForm} to the law ({@code PlanLawForms}, ADR 0044), its problems reported with the model's.
 * Immutable and thread-safe.
 */
public final class PlanJsonReader {

  private static final String WHAT = "plan file";

  private final JsonDocument documents = new JsonDocument();
  private final LawRuleSet law;

  /** A reader that leaves the law's forms a plan names unchecked: for plans read without a law. */
  public PlanJsonReader() {
    this(null);
  }

  /**
   * A reader that holds the law's forms a plan names to {@code law}.
   *
   * @param law the law's rule set; {@code null} for none
   */
  public PlanJsonReader(LawRuleSet law) {
    this.law = law;
  }

  /** Reads a UTF-8 plan file, and closes the stream. */
  public Plan read(InputStream in) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
  }

  /** Reads a plan from text. */
  public Plan read(String json) {
    return read(new StringReader(json));
  }

  /** Reads a plan from characters, and closes the reader; a leading byte-order mark is skipped. */
  public Plan read(Reader in) {
    ProblemCollector problems = new ProblemCollector();
    JsonValue document = parse(in, problems);
    problems.throwIfAny(WHAT);
    if (document.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("$", AdapterMessages.text("plan.documentJsonObject"));
      problems.throwIfAny(WHAT);
    }
    JsonFields doc = JsonFields.root(document.asJsonObject(), problems);
    PlanIdentity identity = IdentityJson.read(doc);
    List<Milestone> milestones = doc.objects("milestones", ScheduleJson::milestone);
    List<Deadline> deadlines = doc.objects("deadlines", ScheduleJson::deadline);
    List<PlanParameter> parameters = doc.objects("parameters", ScheduleJson::parameter);
    List<Indicator> indicators = doc.objects("indicators", TargetsJson::indicator);
    List<Target> targets = doc.objects("targets", TargetsJson::target);
    List<ParticipantCategory> categories = doc.objects("categories", CriteriaJson::category);
    List<Criterion> criteria = doc.objects("criteria", CriteriaJson::criterion);
    List<AwardForm> awardForms = doc.objects("awardForms", AwardsJson::awardForm);
    List<Occasion> occasions = doc.objects("occasions", AwardsJson::occasion);
    doc.rejectUnknown();
    problems.throwIfAny(WHAT);

    // Sound: every element is present, in document order, so the model's paths are the file's.
    PlanBuilder plan = Plan.builder(identity);
    milestones.forEach(plan::milestone);
    deadlines.forEach(plan::deadline);
    parameters.forEach(plan::parameter);
    indicators.forEach(plan::indicator);
    targets.forEach(plan::target);
    categories.forEach(plan::category);
    criteria.forEach(plan::criterion);
    awardForms.forEach(plan::awardForm);
    occasions.forEach(plan::occasion);
    if (law == null) {
      return plan.build();
    }
    ProblemCollector lawProblems = new ProblemCollector();
    PlanLawForms.check(identity.period(), awardForms, law, lawProblems);
    try {
      Plan built = plan.build();
      lawProblems.throwIfAny("plan " + identity.code());
      return built;
    } catch (InvalidInputException e) {
      if (lawProblems.isEmpty()) {
        throw e;
      }
      ProblemCollector all = new ProblemCollector();
      all.addAll(e.problems());
      all.addAll(lawProblems.problems());
      all.throwIfAny("plan " + identity.code());
      throw e;
    }
  }

  private JsonValue parse(Reader in, ProblemCollector problems) {
    try {
      return documents.parse(withoutByteOrderMark(in));
    } catch (JsonDocument.TooDeep e) {
      problems.add(
          "$", AdapterMessages.text("plan.documentNestedDeeperLevels", JsonDocument.MAX_DEPTH));
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String detail = e.getMessage();
      if (at == null) {
        problems.add("$", AdapterMessages.text("plan.malformedJson", detail));
      } else {
        problems.add(
            "$",
            AdapterMessages.text(
                "plan.malformedJsonLineColumn", at.getLineNumber(), at.getColumnNumber(), detail));
      }
    } catch (JsonException | IOException e) {
      // Unreadable rather than malformed: bytes that are not UTF-8, a failing stream. The
      // exception's own words name Java classes, so they are not repeated.
      problems.add("$", AdapterMessages.text("plan.cannotReadDocumentNot"));
    }
    return null;
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
