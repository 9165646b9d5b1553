package vn.emulation.jakarta.interfaces.rest;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.HistoryLineage;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.participant.history.ParticipantHistories;
import vn.emulation.jakarta.messages.AdapterMessages;

/** The JSON shapes of participants' history: an import, and a participant's records. */
final class HistoryViews {

  private HistoryViews() {}

  /**
   * One history import.
   *
   * @param id its identifier
   * @param planCode the plan whose participants it holds
   * @param sha256 the SHA-256 of its file
   * @param filename the file's name
   * @param mediaType the file's format
   * @param rowCount how many records it held
   * @param importedAt when it was stored
   * @param importedBy who stored it
   * @param alreadyStored whether this request found the file stored before and stored nothing
   * @param message what happened, in Vietnamese and English
   */
  public record HistoryImportView(
      String id,
      String planCode,
      String sha256,
      String filename,
      String mediaType,
      int rowCount,
      String importedAt,
      String importedBy,
      boolean alreadyStored,
      LocalizedText message) {

    static HistoryImportView of(HistoryImport h, boolean alreadyStored) {
      return new HistoryImportView(
          h.id(),
          h.planCode(),
          h.sha256(),
          h.filename(),
          h.mediaType(),
          h.rowCount(),
          h.importedAt().toString(),
          h.importedBy(),
          alreadyStored,
          alreadyStored
              ? AdapterMessages.text("measurement.fileAlreadyStoredUpload", h.id())
              : AdapterMessages.text("history.stored", h.rowCount()));
    }
  }

  /**
   * Where a record comes from.
   *
   * @param participantId the participant that holds it
   * @param unitCode its unit
   * @param own whether it is the participant's own record; else a predecessor unit's body's
   */
  public record SourceView(String participantId, String unitCode, boolean own) {
    static SourceView of(HistoryLineage.Source s) {
      return new SourceView(s.participantId(), s.unitCode(), s.own());
    }
  }

  /** A yearly rating, with its label in both languages. */
  public record RatingView(int year, String rating, LocalizedText label, SourceView source) {}

  /** An emulation title; {@code revokedOn} empty while it stands. */
  public record TitleView(
      int year, String title, String decisionNumber, String revokedOn, SourceView source) {}

  /** A recognised initiative. */
  public record InitiativeView(
      String name,
      String level,
      LocalizedText levelLabel,
      String recognisedOn,
      SourceView source) {}

  /**
   * An award received; {@code revokedOn} empty while it stands, {@code achievementYear} the year of
   * work it recognises (which it holds for one achievement, one award), empty when not recorded.
   */
  public record AwardView(
      String form,
      String type,
      LocalizedText typeLabel,
      String decisionNumber,
      String decidedOn,
      Integer achievementYear,
      String revokedOn,
      boolean revoked,
      SourceView source) {}

  /**
   * A participant's history as of a day: its own records and those its unit's lineage brings.
   *
   * @param participantId whose history it is
   * @param name the participant's name
   * @param asOf the day the lineage was read on
   * @param ratings the yearly ratings
   * @param titles the emulation titles
   * @param initiatives the recognised initiatives
   * @param awards the awards received, revoked ones included and marked
   */
  public record ParticipantHistoryView(
      String participantId,
      String name,
      String asOf,
      List<RatingView> ratings,
      List<TitleView> titles,
      List<InitiativeView> initiatives,
      List<AwardView> awards) {

    static ParticipantHistoryView of(ParticipantHistories.Read read) {
      HistoryLineage l = read.lineage();
      return new ParticipantHistoryView(
          read.participant().id(),
          read.participant().name(),
          read.asOf().toString(),
          l.ratings().stream().map(ParticipantHistoryView::rating).toList(),
          l.titles().stream().map(ParticipantHistoryView::title).toList(),
          l.initiatives().stream().map(ParticipantHistoryView::initiative).toList(),
          l.awards().stream().map(ParticipantHistoryView::award).toList());
    }

    private static RatingView rating(HistoryLineage.Sourced<YearRating> s) {
      YearRating r = s.record();
      return new RatingView(
          r.year(), r.rating().name(), r.rating().label(), SourceView.of(s.source()));
    }

    private static TitleView title(HistoryLineage.Sourced<TitleRecord> s) {
      TitleRecord t = s.record();
      return new TitleView(
          t.year(), t.title(), t.decisionNumber(), day(t.revokedOn()), SourceView.of(s.source()));
    }

    private static InitiativeView initiative(HistoryLineage.Sourced<Initiative> s) {
      Initiative i = s.record();
      return new InitiativeView(
          i.name(),
          i.level().name(),
          i.level().label(),
          i.recognisedOn().toString(),
          SourceView.of(s.source()));
    }

    private static AwardView award(HistoryLineage.Sourced<AwardRecord> s) {
      AwardRecord a = s.record();
      return new AwardView(
          a.form(),
          a.type().name(),
          a.type().label(),
          a.decisionNumber(),
          a.decidedOn().toString(),
          a.achievementYear(),
          day(a.revokedOn()),
          a.revokedOn() != null,
          SourceView.of(s.source()));
    }

    private static String day(java.time.LocalDate d) {
      return d == null ? null : d.toString();
    }
  }
}
