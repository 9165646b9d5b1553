package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.law.FormKind;

/**
 * What a decision does to an awardee's history, and what its annulment does: the one place that
 * knows a title is recorded as a {@link TitleRecord} of a year and a form of commendation as an
 * {@link AwardRecord}.
 */
final class HistoryEdits {

  private HistoryEdits() {}

  static ParticipantHistory append(ParticipantHistory history, Decision decision, Nominee awardee) {
    List<TitleRecord> titles = new ArrayList<>(history.titles());
    List<AwardRecord> awards = new ArrayList<>(history.awards());
    if (decision.kind() == FormKind.TITLE) {
      titles.add(new TitleRecord(awardee.year(), decision.form(), decision.number(), null));
    } else {
      awards.add(decision.awardRecord());
    }
    return with(history, titles, awards);
  }

  /**
   * @throws IllegalArgumentException when the history holds nothing of the decision
   */
  static ParticipantHistory revoke(ParticipantHistory history, Decision decision, LocalDate on) {
    List<AwardRecord> awards = new ArrayList<>(history.awards());
    List<TitleRecord> titles = new ArrayList<>(history.titles());
    boolean found = false;
    if (decision.kind() == FormKind.TITLE) {
      for (int i = 0; i < titles.size(); i++) {
        TitleRecord t = titles.get(i);
        if (t.title().equals(decision.form()) && decision.number().equals(t.decisionNumber())) {
          titles.set(i, new TitleRecord(t.year(), t.title(), t.decisionNumber(), on));
          found = true;
        }
      }
    } else {
      for (int i = 0; i < awards.size(); i++) {
        AwardRecord a = awards.get(i);
        if (a.form().equals(decision.form()) && a.decisionNumber().equals(decision.number())) {
          awards.set(
              i,
              new AwardRecord(
                  a.form(), a.type(), a.decisionNumber(), a.decidedOn(), on, a.achievementYear()));
          found = true;
        }
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          history.participantId() + "'s history holds no award of decision " + decision.number());
    }
    return with(history, titles, awards);
  }

  private static ParticipantHistory with(
      ParticipantHistory h, List<TitleRecord> titles, List<AwardRecord> awards) {
    return new ParticipantHistory(
        h.participantId(), h.ratings(), titles, h.initiatives(), awards, h.cases());
  }
}
