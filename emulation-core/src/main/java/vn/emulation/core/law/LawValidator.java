package vn.emulation.core.law;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;

/**
 * Checks a rule set as a whole: codes, versions numbered in the order of their days without
 * overlapping, texts in force for the whole version that cites them, every citation naming one of
 * the version's texts, forms with recipients, authorities and sound dossiers, and prerequisites
 * that name forms of the version and ask for possible counts. Collects every problem.
 */
final class LawValidator {

  private final LawRuleSetBuilder set;
  private final ProblemCollector problems = new ProblemCollector();

  LawValidator(LawRuleSetBuilder set) {
    this.set = set;
  }

  ProblemCollector validate() {
    if (set.code == null || !TextRules.isPlanCode(set.code)) {
      problems.add("code", Messages.text("law.invalidRuleSetCode", String.valueOf(set.code)));
    }
    if (set.name == null) {
      problems.add("name", Messages.text("law.missing", "name"));
    }
    if (set.versions.isEmpty()) {
      problems.add("versions", Messages.text("law.noVersions"));
    }
    for (int i = 0; i < set.versions.size(); i++) {
      LawVersion v = set.versions.get(i);
      String path = "versions[" + i + "]";
      if (v.number() != i + 1) {
        problems.add(path + ".number", Messages.text("law.versionNumber", i + 1, v.number()));
      }
      if (v.effectiveTo() != null && v.effectiveTo().isBefore(v.effectiveFrom())) {
        problems.add(
            path + ".effectiveTo",
            Messages.text("law.endsBeforeStart", v.effectiveTo(), v.effectiveFrom()));
      }
      if (i > 0) {
        LawVersion before = set.versions.get(i - 1);
        if (before.effectiveTo() == null || !v.effectiveFrom().isAfter(before.effectiveTo())) {
          problems.add(
              path + ".effectiveFrom",
              Messages.text("law.versionOverlaps", v.effectiveFrom(), before.number()));
        }
      }
      new VersionCheck(v, path).run();
    }
    return problems;
  }

  /** The checks inside one version. */
  private final class VersionCheck {

    private final LawVersion version;
    private final String path;
    private final Set<String> texts = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> forms = new HashSet<>();

    VersionCheck(LawVersion version, String path) {
      this.version = version;
      this.path = path;
    }

    void run() {
      for (int i = 0; i < version.texts().size(); i++) {
        text(path + ".texts[" + i + "]", version.texts().get(i));
      }
      for (int i = 0; i < version.forms().size(); i++) {
        FormRule f = version.forms().get(i);
        String at = path + ".forms[" + i + "]";
        if (!TextRules.isPlanItemCode(f.code())) {
          problems.add(at + ".code", Messages.text("law.invalidCode", f.code()));
        }
        if (!forms.add(f.code())) {
          problems.add(at + ".code", Messages.text("law.duplicateCode", f.code()));
        }
        if (f.kind() == FormKind.TITLE) {
          titles.add(f.code());
        }
      }
      for (int i = 0; i < version.forms().size(); i++) {
        form(path + ".forms[" + i + "]", version.forms().get(i));
      }
      Set<ExclusionGround> grounds = new HashSet<>();
      for (int i = 0; i < version.exclusions().size(); i++) {
        Exclusion e = version.exclusions().get(i);
        String at = path + ".exclusions[" + i + "]";
        if (!grounds.add(e.ground())) {
          problems.add(at + ".ground", Messages.text("law.duplicateCode", e.ground().name()));
        }
        citation(at + ".citation", e.citation());
      }
      citation(path + ".nonBasis.citation", version.nonBasis().citation());
      citation(path + ".oneAward.citation", version.oneAward().citation());
    }

    private void text(String at, LegalText t) {
      if (!TextRules.isPlanItemCode(t.code())) {
        problems.add(at + ".code", Messages.text("law.invalidCode", t.code()));
      }
      if (!texts.add(t.code())) {
        problems.add(at + ".code", Messages.text("law.duplicateCode", t.code()));
      }
      if (t.effectiveTo() != null && t.effectiveTo().isBefore(t.effectiveFrom())) {
        problems.add(
            at + ".effectiveTo",
            Messages.text("law.endsBeforeStart", t.effectiveTo(), t.effectiveFrom()));
      }
      // a version encodes a text only for days on which the text is in force
      LocalDate last = version.effectiveTo();
      boolean startsLate = t.effectiveFrom().isAfter(version.effectiveFrom());
      boolean endsEarly =
          t.effectiveTo() != null && (last == null || t.effectiveTo().isBefore(last));
      if (startsLate || endsEarly) {
        problems.add(
            at,
            Messages.text(
                "law.textNotInForceForVersion",
                t.code(),
                t.effectiveFrom(),
                t.effectiveTo() == null ? "…" : t.effectiveTo(),
                version.effectiveFrom(),
                last == null ? "…" : last));
      }
    }

    private void form(String at, FormRule f) {
      if (f.recipients().isEmpty()) {
        problems.add(at + ".recipients", Messages.text("law.noRecipients", f.code()));
      }
      if (f.authorities().isEmpty()) {
        problems.add(at + ".authorities", Messages.text("law.noAuthorities", f.code()));
      }
      citation(at + ".basis", f.basis());
      for (int i = 0; i < f.authorities().size(); i++) {
        citation(at + ".authorities[" + i + "].citation", f.authorities().get(i).citation());
      }
      dossier(at + ".dossier", f.dossier());
      if (f.announcement() != null) {
        if (f.announcement().workingDays() < 1) {
          problems.add(
              at + ".announcement.workingDays",
              Messages.text("law.atLeastOne", f.announcement().workingDays()));
        }
        citation(at + ".announcement.citation", f.announcement().citation());
      }
      if (f.prerequisites() != null) {
        prerequisite(at + ".prerequisites", f.prerequisites());
      }
    }

    private void dossier(String at, DossierRule d) {
      if (d.items().isEmpty()) {
        problems.add(at + ".items", Messages.text("law.noDossierItems"));
      }
      if (d.sets() != null && d.sets() < 1) {
        problems.add(at + ".sets", Messages.text("law.atLeastOne", d.sets()));
      }
      citation(at + ".citation", d.citation());
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < d.items().size(); i++) {
        DossierItem item = d.items().get(i);
        String itemAt = at + ".items[" + i + "]";
        if (!TextRules.isPlanItemCode(item.code())) {
          problems.add(itemAt + ".code", Messages.text("law.invalidCode", item.code()));
        }
        if (!codes.add(item.code())) {
          problems.add(itemAt + ".code", Messages.text("law.duplicateCode", item.code()));
        }
        citation(itemAt + ".citation", item.citation());
      }
    }

    private void prerequisite(String at, Prerequisite p) {
      citation(at + ".citation", p.citation());
      List<Prerequisite> parts = Prerequisite.partsOf(p);
      String list = p instanceof Prerequisite.AllOf ? ".conditions" : ".alternatives";
      if ((p instanceof Prerequisite.AllOf || p instanceof Prerequisite.AnyOf) && parts.isEmpty()) {
        problems.add(at + list, Messages.text("law.emptyCombination"));
      }
      for (int i = 0; i < parts.size(); i++) {
        prerequisite(at + list + "[" + i + "]", parts.get(i));
      }
      if (p instanceof Prerequisite.RatingEveryYear r) {
        window(at, 1, r.years());
      } else if (p instanceof Prerequisite.RatingCount r) {
        window(at, r.count(), r.years());
      } else if (p instanceof Prerequisite.TitleCount t) {
        window(at, t.count(), t.years());
        if (!titles.contains(t.title())) {
          problems.add(at + ".title", Messages.text("law.unknownTitle", t.title()));
        }
      } else if (p instanceof Prerequisite.InitiativeCount c) {
        window(at, c.count(), c.years());
      } else if (p instanceof Prerequisite.AwardHeld a && !forms.contains(a.form())) {
        problems.add(at + ".form", Messages.text("law.unknownForm", a.form()));
      }
    }

    /** A count of at least 1 within a window of at least as many years. */
    private void window(String at, int count, int years) {
      if (count < 1) {
        problems.add(at + ".count", Messages.text("law.atLeastOne", count));
      }
      if (years < 1 || years < count) {
        problems.add(at + ".years", Messages.text("law.windowTooShort", years, count));
      }
    }

    private void citation(String at, Citation c) {
      if (!texts.contains(c.text())) {
        problems.add(at + ".text", Messages.text("law.unknownText", c.text()));
      }
      if (c.provision().isBlank()) {
        problems.add(at + ".provision", Messages.text("law.missing", "provision"));
      }
      if (!c.isVerified() && c.note() == null) {
        problems.add(at + ".note", Messages.text("law.unverifiedWithoutNote", c.confidence()));
      }
    }
  }
}
