package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;

import java.util.List;
import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.Prerequisite;
import vn.emulation.core.law.TaskRating;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.format.plan.JsonText;

/**
 * A prerequisite, told apart by its {@code kind}: {@code ALL_OF} (with {@code conditions}), {@code
 * ANY_OF} (with {@code alternatives}), {@code RATING_EVERY_YEAR}, {@code RATING_COUNT}, {@code
 * TITLE_COUNT}, {@code INITIATIVE_COUNT}, {@code AWARD_HELD}, {@code FINDING}; each with its {@code
 * citation}.
 */
final class PrerequisiteJson {

  /** The kinds of prerequisite, as the file spells them. */
  enum Kind {
    ALL_OF,
    ANY_OF,
    RATING_EVERY_YEAR,
    RATING_COUNT,
    TITLE_COUNT,
    INITIATIVE_COUNT,
    AWARD_HELD,
    FINDING
  }

  private PrerequisiteJson() {}

  static Prerequisite read(JsonFields f) {
    Kind kind = f.required("kind", oneOf(Kind.class));
    Citation citation = CitationJson.read(f, "citation");
    if (kind == null) {
      f.acceptAll();
      return null;
    }
    switch (kind) {
      case ALL_OF:
        {
          List<Prerequisite> parts = f.objects("conditions", PrerequisiteJson::read);
          return allPresent(parts, citation) ? new Prerequisite.AllOf(parts, citation) : null;
        }
      case ANY_OF:
        {
          List<Prerequisite> parts = f.objects("alternatives", PrerequisiteJson::read);
          return allPresent(parts, citation) ? new Prerequisite.AnyOf(parts, citation) : null;
        }
      case RATING_EVERY_YEAR:
        {
          TaskRating minimum = f.required("minimum", oneOf(TaskRating.class));
          Integer years = f.required("years", integer(1));
          return allPresent(minimum, years, citation)
              ? new Prerequisite.RatingEveryYear(minimum, years, citation)
              : null;
        }
      case RATING_COUNT:
        {
          TaskRating minimum = f.required("minimum", oneOf(TaskRating.class));
          Integer count = f.required("count", integer(1));
          Integer years = f.required("years", integer(1));
          return allPresent(minimum, count, years, citation)
              ? new Prerequisite.RatingCount(minimum, count, years, citation)
              : null;
        }
      case TITLE_COUNT:
        {
          String title = f.required("title", CODE);
          Integer count = f.required("count", integer(1));
          Integer years = f.required("years", integer(1));
          return allPresent(title, count, years, citation)
              ? new Prerequisite.TitleCount(title, count, years, citation)
              : null;
        }
      case INITIATIVE_COUNT:
        {
          InitiativeLevel minimum = f.required("minimum", oneOf(InitiativeLevel.class));
          Integer count = f.required("count", integer(1));
          Integer years = f.required("years", integer(1));
          return allPresent(minimum, count, years, citation)
              ? new Prerequisite.InitiativeCount(minimum, count, years, citation)
              : null;
        }
      case AWARD_HELD:
        {
          String form = f.required("form", CODE);
          return allPresent(form, citation) ? new Prerequisite.AwardHeld(form, citation) : null;
        }
      default:
        {
          String code = f.required("code", CODE);
          LocalizedText text = f.text("text");
          return allPresent(code, text, citation)
              ? new Prerequisite.Finding(code, text, citation)
              : null;
        }
    }
  }

  static Map<String, Object> write(Prerequisite p) {
    Map<String, Object> o = JsonText.object();
    if (p instanceof Prerequisite.AllOf a) {
      o.put("kind", Kind.ALL_OF.name());
      o.put("conditions", JsonText.list(a.conditions(), PrerequisiteJson::write));
    } else if (p instanceof Prerequisite.AnyOf a) {
      o.put("kind", Kind.ANY_OF.name());
      o.put("alternatives", JsonText.list(a.alternatives(), PrerequisiteJson::write));
    } else if (p instanceof Prerequisite.RatingEveryYear r) {
      o.put("kind", Kind.RATING_EVERY_YEAR.name());
      o.put("minimum", r.minimum().name());
      o.put("years", r.years());
    } else if (p instanceof Prerequisite.RatingCount r) {
      o.put("kind", Kind.RATING_COUNT.name());
      o.put("minimum", r.minimum().name());
      o.put("count", r.count());
      o.put("years", r.years());
    } else if (p instanceof Prerequisite.TitleCount t) {
      o.put("kind", Kind.TITLE_COUNT.name());
      o.put("title", t.title());
      o.put("count", t.count());
      o.put("years", t.years());
    } else if (p instanceof Prerequisite.InitiativeCount c) {
      o.put("kind", Kind.INITIATIVE_COUNT.name());
      o.put("minimum", c.minimum().name());
      o.put("count", c.count());
      o.put("years", c.years());
    } else if (p instanceof Prerequisite.AwardHeld a) {
      o.put("kind", Kind.AWARD_HELD.name());
      o.put("form", a.form());
    } else {
      Prerequisite.Finding f = (Prerequisite.Finding) p;
      o.put("kind", Kind.FINDING.name());
      o.put("code", f.code());
      o.put("text", JsonText.text(f.text()));
    }
    o.put("citation", CitationJson.write(p.citation()));
    return o;
  }
}
