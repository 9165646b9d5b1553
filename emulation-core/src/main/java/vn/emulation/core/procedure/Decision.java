package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.FormKind;
import vn.emulation.core.law.Office;

/**
 * An award decision (quyết định khen thưởng) for one form: its number, day, signer and office, the
 * provision that gives the office the power, and the awardees. What it appends to each awardee's
 * history: an {@link AwardRecord} for a form of commendation, a {@link TitleRecord} of the
 * achievement's year for an emulation title. Immutable.
 *
 * @param number the decision's number (15/QĐ-UBND)
 * @param decidedOn the day it was signed
 * @param signer who signed it, as printed
 * @param office the office that decided
 * @param authority the provision that gives the office the power, as quoted by the law in force
 * @param form the rule set's code of the form
 * @param kind a title or a form of commendation
 * @param type the type of commendation (Law art. 8)
 * @param awardees the nominees awarded
 */
public record Decision(
    String number,
    LocalDate decidedOn,
    String signer,
    Office office,
    String authority,
    String form,
    FormKind kind,
    AwardType type,
    List<Nominee> awardees) {

  public Decision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    awardees = List.copyOf(awardees);
  }

  /** Whether {@code nominationId} is one of its awardees. */
  public boolean awards(String nominationId) {
    return awardees.stream().anyMatch(n -> n.nominationId().equals(nominationId));
  }

  /** The award record it gives: the form, its type, this decision's number and day, standing. */
  public AwardRecord awardRecord() {
    return new AwardRecord(form, type, number, decidedOn, null);
  }

  /**
   * {@code history} with what this decision gives its participant appended.
   *
   * @throws IllegalArgumentException when the history's participant is no awardee
   */
  public ParticipantHistory appendTo(ParticipantHistory history) {
    Nominee n =
        awardees.stream()
            .filter(a -> a.participantId().equals(history.participantId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        history.participantId() + " is no awardee of decision " + number));
    return HistoryEdits.append(history, this, n);
  }
}
