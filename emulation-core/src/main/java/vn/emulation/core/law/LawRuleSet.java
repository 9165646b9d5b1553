package vn.emulation.core.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;

/**
 * A rule set of the law, separate from any plan: versions, each in force for a run of days with the
 * texts it encodes. Every question names its day and is answered by the version in force then, with
 * the provisions a verdict cites: who may decide a form ({@link #authorityOn}), its dossier ({@link
 * #dossierOn}), its prerequisites ({@link #prerequisitesOf}). Immutable and thread-safe; made by
 * {@link #builder}, which checks the whole.
 *
 * @param code its code (vn-thi-dua-khen-thuong)
 * @param name its name
 * @param versions its versions, by number and so by day
 */
public record LawRuleSet(String code, LocalizedText name, List<LawVersion> versions) {

  public LawRuleSet {
    versions = List.copyOf(versions);
  }

  /** A builder for a rule set; {@link LawRuleSetBuilder#build()} reports every problem at once. */
  public static LawRuleSetBuilder builder(String code, LocalizedText name) {
    return new LawRuleSetBuilder(code, name);
  }

  /** The version that governs {@code day}, if the rule set holds one. */
  public Optional<LawVersion> inForceOn(LocalDate day) {
    return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
  }

  /**
   * The version that governs {@code day}.
   *
   * @throws LawNotInForceException when none does
   */
  public LawVersion governing(LocalDate day) {
    return inForceOn(day).orElseThrow(() -> LawNotInForceException.noVersion(code, day));
  }

  /**
   * The form {@code form} as the law in force on {@code day} knows it.
   *
   * @throws LawNotInForceException when no version governs the day or it has no such form
   */
  public FormRule formOn(String form, LocalDate day) {
    LawVersion v = governing(day);
    return v.form(form).orElseThrow(() -> LawNotInForceException.noForm(code, form, v));
  }

  /** Who may decide {@code form} on {@code day}, each with the provision that gives the power. */
  public List<Authority> authorityOn(String form, LocalDate day) {
    return formOn(form, day).authorities();
  }

  /** Whether {@code office} may decide {@code form} on {@code day}. */
  public boolean mayDecide(Office office, String form, LocalDate day) {
    return authorityOn(form, day).stream().anyMatch(a -> a.office() == office);
  }

  /** The dossier of {@code form} on {@code day}: its documents and number of sets. */
  public DossierRule dossierOn(String form, LocalDate day) {
    return formOn(form, day).dossier();
  }

  /** The prerequisites of {@code form} on {@code day}; empty when the law sets none. */
  public Optional<Prerequisite> prerequisitesOf(String form, LocalDate day) {
    return formOn(form, day).prerequisitesIfAny();
  }

  /** The public announcement {@code form} needs on {@code day}; empty when none. */
  public Optional<Announcement> announcementOf(String form, LocalDate day) {
    return formOn(form, day).announcementIfAny();
  }

  /** The grounds that exclude a case on {@code day}. */
  public List<Exclusion> exclusionsOn(LocalDate day) {
    return governing(day).exclusions();
  }

  /** The rule of one achievement, one award, as in force on {@code day}. */
  public OneAchievementOneAward oneAwardOn(LocalDate day) {
    return governing(day).oneAward();
  }
}
