package vn.emulation.core.law;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;

/**
 * One award form as the law knows it on the days a version is in force: whom it is for, who may
 * decide it, its dossier, its prerequisites from history, and the announcement before the council.
 * Immutable and thread-safe.
 *
 * @param code the rule set's code for it (CHIEN_SI_THI_DUA_CO_SO)
 * @param kind an emulation title or a form of commendation
 * @param name its name
 * @param recipients whom it is for; at least one
 * @param authorities who may decide it; at least one
 * @param dossier what its dossier holds
 * @param prerequisites its conditions; {@code null} when the law sets none
 * @param announcement its public announcement; {@code null} when the law asks for none
 * @param basis the provision that creates the form
 */
public record FormRule(
    String code,
    FormKind kind,
    LocalizedText name,
    Set<Recipient> recipients,
    List<Authority> authorities,
    DossierRule dossier,
    Prerequisite prerequisites,
    Announcement announcement,
    Citation basis) {

  public FormRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    recipients = Set.copyOf(recipients);
    authorities = List.copyOf(authorities);
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(basis, "basis");
  }

  public boolean isFor(Recipient recipient) {
    return recipients.contains(recipient);
  }

  /**
   * Adds to {@code problems}, at {@code path}, that the form is not for {@code recipient} when the
   * law does not give it to that kind of recipient (an individual proposed for a form only for
   * collectives and households, a household for a title only for individuals), naming the kinds it
   * is for and the provision that creates it.
   */
  public void checkIsFor(Recipient recipient, ProblemCollector problems, String path) {
    if (isFor(recipient)) {
      return;
    }
    List<Recipient> allowed = Arrays.stream(Recipient.values()).filter(this::isFor).toList();
    problems.add(
        path,
        Messages.text(
            "law.form.notForRecipient",
            name.vi(),
            recipient.label().vi(),
            basis.provision(),
            name.en(),
            recipient.label().en(),
            allowed.stream().map(r -> r.label().vi()).collect(Collectors.joining(", ")),
            allowed.stream().map(r -> r.label().en()).collect(Collectors.joining(", ")),
            code));
  }

  public Optional<Prerequisite> prerequisitesIfAny() {
    return Optional.ofNullable(prerequisites);
  }

  public Optional<Announcement> announcementIfAny() {
    return Optional.ofNullable(announcement);
  }
}
