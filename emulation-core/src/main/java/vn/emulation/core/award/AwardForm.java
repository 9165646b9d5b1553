package vn.emulation.core.award;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.participant.ParticipantKind;

/**
 * A form of award (Giấy khen, Bằng khen, Huân chương), who grants it, whether the plan's own
 * authority decides it or only proposes it upward, what its dossier holds and in how many copies,
 * and which criteria a participant must meet for it. Immutable and thread-safe.
 *
 * @param code the plan's code for it
 * @param name its name
 * @param grantedBy the authority that signs it (Chủ tịch UBND thành phố)
 * @param level the level of that authority
 * @param decidedLocally whether the plan's issuer decides it (true) or proposes it upward (false)
 * @param recipients collectives, individuals or both
 * @param copies the number of dossier copies, at least 1
 * @param dossier the documents the dossier must contain
 * @param criterionCodes the criteria it requires on every occasion; each applies where its
 *     categories say
 * @param occasionCriteria the criteria it requires besides on some kinds of occasion only (the
 *     province's Bằng khen: the contribution norm in the annual round only); may be empty
 * @param lawFormCode the law's form it is (the rule set's code: the city's Giấy khen is the law's
 *     GIAY_KHEN), whose dossier and deciding offices apply to it; {@code null} when the plan does
 *     not say, and then a nomination names the law's form itself
 */
public record AwardForm(
    String code,
    LocalizedText name,
    LocalizedText grantedBy,
    AwardLevel level,
    boolean decidedLocally,
    Set<ParticipantKind> recipients,
    int copies,
    List<DossierComponent> dossier,
    List<String> criterionCodes,
    List<OccasionCriteria> occasionCriteria,
    String lawFormCode) {

  /** A form that does not name the law's form it is. */
  public AwardForm(
      String code,
      LocalizedText name,
      LocalizedText grantedBy,
      AwardLevel level,
      boolean decidedLocally,
      Set<ParticipantKind> recipients,
      int copies,
      List<DossierComponent> dossier,
      List<String> criterionCodes,
      List<OccasionCriteria> occasionCriteria) {
    this(
        code,
        name,
        grantedBy,
        level,
        decidedLocally,
        recipients,
        copies,
        dossier,
        criterionCodes,
        occasionCriteria,
        null);
  }

  /** A form that asks for the same criteria on every occasion. */
  public AwardForm(
      String code,
      LocalizedText name,
      LocalizedText grantedBy,
      AwardLevel level,
      boolean decidedLocally,
      Set<ParticipantKind> recipients,
      int copies,
      List<DossierComponent> dossier,
      List<String> criterionCodes) {
    this(
        code,
        name,
        grantedBy,
        level,
        decidedLocally,
        recipients,
        copies,
        dossier,
        criterionCodes,
        List.of(),
        null);
  }

  public AwardForm {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an award form code must not be blank: " + code);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(level, "level");
    recipients = Set.copyOf(recipients);
    dossier = List.copyOf(dossier);
    criterionCodes = List.copyOf(criterionCodes);
    occasionCriteria = List.copyOf(occasionCriteria);
    if (lawFormCode != null && lawFormCode.isBlank()) {
      throw new IllegalArgumentException("a law form code must not be blank: " + code);
    }
  }

  /** The law's form it is, when the plan says. */
  public Optional<String> lawFormIfAny() {
    return Optional.ofNullable(lawFormCode);
  }

  /** The same form, said to be the law's form {@code law}. */
  public AwardForm asLawForm(String law) {
    return new AwardForm(
        code,
        name,
        grantedBy,
        level,
        decidedLocally,
        recipients,
        copies,
        dossier,
        criterionCodes,
        occasionCriteria,
        law);
  }

  /**
   * The criteria it requires on an occasion of {@code type}: those of every occasion, then those
   * restricted to occasions of that type, each once, in the plan's order.
   */
  public List<String> criterionCodesOn(OccasionType type) {
    java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(criterionCodes);
    for (OccasionCriteria group : occasionCriteria) {
      if (group.countOn(type)) {
        codes.addAll(group.criterionCodes());
      }
    }
    return List.copyOf(codes);
  }

  public boolean isFor(ParticipantKind kind) {
    return recipients.contains(kind);
  }
}
