package vn.emulation.core.history;

import static vn.emulation.core.history.LineageRecords.by;
import static vn.emulation.core.history.LineageRecords.date;
import static vn.emulation.core.history.LineageRecords.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.history.LineageRecords.Held;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.Prerequisite;
import vn.emulation.core.law.TaskRating;

/**
 * Reads one form's conditions against the records a participant answers for, for the achievement of
 * one year, on the day of the check. A window of n years is the n years ending with that year.
 */
final class ConditionReader {

  private final LawVersion version;
  private final LineageRecords records;
  private final int year;
  private final LocalDate on;

  ConditionReader(LawVersion version, LineageRecords records, int year, LocalDate on) {
    this.version = version;
    this.records = records;
    this.year = year;
    this.on = on;
  }

  PrerequisiteResult read(String path, Prerequisite p) {
    if (p instanceof Prerequisite.AllOf a) {
      return combined(path, p, ".conditions", a.conditions(), true);
    }
    if (p instanceof Prerequisite.AnyOf a) {
      return combined(path, p, ".alternatives", a.alternatives(), false);
    }
    if (p instanceof Prerequisite.RatingEveryYear r) {
      return ratings(path, p, r.minimum(), r.years(), r.years());
    }
    if (p instanceof Prerequisite.RatingCount r) {
      return ratings(path, p, r.minimum(), r.count(), r.years());
    }
    if (p instanceof Prerequisite.TitleCount t) {
      return titles(path, t);
    }
    if (p instanceof Prerequisite.InitiativeCount c) {
      return initiatives(path, c);
    }
    if (p instanceof Prerequisite.AwardHeld a) {
      return award(path, a);
    }
    Prerequisite.Finding f = (Prerequisite.Finding) p;
    return leaf(
        path,
        p,
        PrerequisiteStatus.FOR_APPRAISER,
        Messages.text("history.finding", f.text().vi(), f.text().en()));
  }

  private PrerequisiteResult combined(
      String path, Prerequisite p, String list, List<Prerequisite> parts, boolean all) {
    List<PrerequisiteResult> results = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      results.add(read(path + list + "[" + i + "]", parts.get(i)));
    }
    PrerequisiteStatus decisive = all ? PrerequisiteStatus.NOT_MET : PrerequisiteStatus.MET;
    PrerequisiteStatus status;
    if (results.stream().anyMatch(r -> r.status() == decisive)) {
      status = decisive;
    } else if (results.stream().anyMatch(r -> r.status() == PrerequisiteStatus.FOR_APPRAISER)) {
      status = PrerequisiteStatus.FOR_APPRAISER;
    } else {
      status = all ? PrerequisiteStatus.MET : PrerequisiteStatus.NOT_MET;
    }
    LocalizedText text = Messages.text(all ? "history.allOf" : "history.anyOf");
    return new PrerequisiteResult(
        path, p, status, text, p.citation(), cites(p.citation()), results);
  }

  /**
   * At least {@code count} of the window's years rated {@code minimum} or better. A year is read
   * from the participant's own rating; a year before it existed from its forebears', every one of
   * which must reach the rating (a merged ward is rated as well as its weakest part).
   */
  private PrerequisiteResult ratings(
      String path, Prerequisite p, TaskRating minimum, int count, int years) {
    int first = year - years + 1;
    List<String> shown = new ArrayList<>();
    int good = 0;
    for (int y = first; y <= year; y++) {
      List<Held<YearRating>> of = ratingsOf(y);
      if (of.isEmpty()) {
        shown.add(y + ": —");
        continue;
      }
      boolean all = of.stream().allMatch(h -> h.record().rating().isAtLeast(minimum));
      good += all ? 1 : 0;
      for (Held<YearRating> h : of) {
        shown.add(y + ": " + h.record().rating().name() + by(h));
      }
    }
    PrerequisiteStatus status = good >= count ? PrerequisiteStatus.MET : PrerequisiteStatus.NOT_MET;
    LocalizedText text =
        count == years
            ? Messages.text(
                "history.ratingEveryYear",
                first,
                year,
                minimum.label().vi(),
                list(shown),
                minimum.label().en())
            : Messages.text(
                "history.ratingCount",
                count,
                first,
                year,
                minimum.label().vi(),
                good,
                list(shown),
                minimum.label().en());
    return leaf(path, p, status, text);
  }

  private List<Held<YearRating>> ratingsOf(int y) {
    List<Held<YearRating>> all =
        records.ratings().stream().filter(h -> h.record().year() == y).toList();
    List<Held<YearRating>> own = all.stream().filter(Held::own).toList();
    return own.isEmpty() ? all : own;
  }

  private PrerequisiteResult titles(String path, Prerequisite.TitleCount t) {
    int first = year - t.years() + 1;
    TreeSet<Integer> years = new TreeSet<>();
    List<String> shown = new ArrayList<>();
    // in the order of the years, whoever holds them
    for (Held<TitleRecord> h : byYear(records.titles())) {
      TitleRecord r = h.record();
      if (!r.title().equals(t.title()) || r.year() < first || r.year() > year) {
        continue;
      }
      String decision = r.decisionNumber() == null ? "" : " " + r.decisionNumber();
      if (r.standsOn(on)) {
        years.add(r.year());
        shown.add(r.year() + decision + by(h));
      } else {
        shown.add(r.year() + decision + " ✗ " + date(r.revokedOn()) + by(h));
      }
    }
    PrerequisiteStatus status =
        years.size() >= t.count() ? PrerequisiteStatus.MET : PrerequisiteStatus.NOT_MET;
    FormRule title = version.form(t.title()).orElseThrow();
    return leaf(
        path,
        t,
        status,
        Messages.text(
            "history.titleCount",
            title.name().vi(),
            t.count(),
            first,
            year,
            years.size(),
            list(shown),
            title.name().en()));
  }

  private static List<Held<TitleRecord>> byYear(List<Held<TitleRecord>> titles) {
    return titles.stream()
        .sorted(java.util.Comparator.comparingInt(h -> h.record().year()))
        .toList();
  }

  private PrerequisiteResult initiatives(String path, Prerequisite.InitiativeCount c) {
    int first = year - c.years() + 1;
    List<String> shown = new ArrayList<>();
    for (Held<Initiative> h : records.initiatives()) {
      Initiative i = h.record();
      int y = i.recognisedOn().getYear();
      if (y >= first && y <= year && i.level().isAtLeast(c.minimum())) {
        shown.add(i.name() + " (" + date(i.recognisedOn()) + ")" + by(h));
      }
    }
    PrerequisiteStatus status =
        shown.size() >= c.count() ? PrerequisiteStatus.MET : PrerequisiteStatus.NOT_MET;
    return leaf(
        path,
        c,
        status,
        Messages.text(
            "history.initiativeCount",
            c.count(),
            c.minimum().label().vi(),
            first,
            year,
            shown.size(),
            list(shown),
            c.minimum().label().en()));
  }

  private PrerequisiteResult award(String path, Prerequisite.AwardHeld a) {
    List<String> counted = new ArrayList<>();
    List<LocalizedText> notCounted = new ArrayList<>();
    for (Held<AwardRecord> h : records.awards()) {
      AwardRecord r = h.record();
      if (!r.form().equals(a.form()) || r.decidedOn().isAfter(on)) {
        continue;
      }
      String shown = r.decisionNumber() + " (" + date(r.decidedOn()) + ")" + by(h);
      if (!r.standsOn(on)) {
        notCounted.add(Messages.text("history.revokedNotCounted", shown, date(r.revokedOn())));
      } else if (!version.nonBasis().counts(r.type())) {
        notCounted.add(
            Messages.text(
                "history.notABasis",
                shown,
                r.type().label().vi(),
                version.nonBasis().citation().provision(),
                r.type().label().en()));
      } else {
        counted.add(shown);
      }
    }
    FormRule form = version.form(a.form()).orElseThrow();
    LocalizedText text =
        Messages.text("history.awardHeld", form.name().vi(), list(counted), form.name().en());
    for (LocalizedText more : notCounted) {
      text = LocalizedText.of(text.vi() + more.vi(), text.en() + more.en());
    }
    return leaf(
        path, a, counted.isEmpty() ? PrerequisiteStatus.NOT_MET : PrerequisiteStatus.MET, text);
  }

  private PrerequisiteResult leaf(
      String path, Prerequisite p, PrerequisiteStatus status, LocalizedText text) {
    return new PrerequisiteResult(
        path, p, status, text, p.citation(), cites(p.citation()), List.of());
  }

  private String cites(Citation c) {
    return version.quote(c);
  }
}
