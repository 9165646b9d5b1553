package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.law.Exclusion;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * Reads a form's prerequisites, as the law in force on the day of the check has them, against a
 * participant's history and, for the body of a unit, its forebears' histories through the unit's
 * lineage; explains each condition with its article. A revoked award or title does not count, nor
 * an award of a type that is no basis for a higher one. A form not meant for the participant, or an
 * open case on a ground the law excludes, refuses the form before any condition. Immutable and
 * thread-safe.
 */
public final class PrerequisiteCheck {

  private final LawRuleSet law;
  private final OrgHierarchy units;
  private final HistoryBook book;
  private final Subjects subjects;

  public PrerequisiteCheck(
      LawRuleSet law, OrgHierarchy units, HistoryBook book, Subjects subjects) {
    this.law = Objects.requireNonNull(law, "law");
    this.units = Objects.requireNonNull(units, "units");
    this.book = Objects.requireNonNull(book, "book");
    this.subjects = Objects.requireNonNull(subjects, "subjects");
  }

  /**
   * Whether {@code participant} meets the prerequisites of {@code form} for the achievement of
   * {@code year}, checked on {@code on}.
   *
   * @throws vn.emulation.core.law.LawNotInForceException when no version governs the day or it has
   *     no such form
   */
  public PrerequisiteVerdict evaluate(
      String form, Participant participant, int year, LocalDate on) {
    LawVersion version = law.governing(on);
    FormRule rule = law.formOn(form, on);
    List<LocalizedText> refusals = new ArrayList<>();
    Recipient recipient = subjects.recipientOf(participant);
    if (!rule.isFor(recipient)) {
      refusals.add(
          Messages.text(
              "history.notForRecipient",
              rule.name().vi(),
              recipient.label().vi(),
              rule.basis().provision(),
              rule.name().en(),
              recipient.label().en()));
    }
    LineageRecords records =
        new LineageRecords(Forebears.of(participant, on, units, book, subjects), book);
    for (OpenCase c : records.ownCases()) {
      Optional<Exclusion> excluded =
          version.exclusions().stream()
              .filter(e -> e.ground() == c.ground() && c.openOn(on))
              .findFirst();
      excluded.ifPresent(
          e ->
              refusals.add(
                  Messages.text(
                      "history.excluded",
                      e.ground().label().vi(),
                      LineageRecords.date(c.openedOn()),
                      e.citation().provision(),
                      e.ground().label().en())));
    }
    Optional<PrerequisiteResult> conditions =
        rule.prerequisitesIfAny()
            .map(p -> new ConditionReader(version, records, year, on).read("prerequisites", p));
    PrerequisiteStatus status =
        !refusals.isEmpty()
            ? PrerequisiteStatus.NOT_MET
            : conditions.map(PrerequisiteResult::status).orElse(PrerequisiteStatus.MET);
    return new PrerequisiteVerdict(
        form, participant.id(), year, on, version.number(), status, refusals, conditions);
  }
}
