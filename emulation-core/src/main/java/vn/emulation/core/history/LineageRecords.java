package vn.emulation.core.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.participant.Participant;

/**
 * The records a participant answers for on a day, each with the participant that holds it: its own,
 * then its forebears' ({@link Forebears}). A record of a forebear names it when shown.
 */
final class LineageRecords {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A record and the participant that holds it. */
  record Held<T>(T record, Participant holder, boolean own) {}

  private final List<Participant> holders;
  private final HistoryBook book;

  LineageRecords(List<Participant> holders, HistoryBook book) {
    this.holders = holders;
    this.book = book;
  }

  Participant participant() {
    return holders.get(0);
  }

  List<Held<YearRating>> ratings() {
    List<Held<YearRating>> out = new ArrayList<>();
    each((h, own) -> h.ratings().forEach(r -> out.add(new Held<>(r, holder(h), own))));
    return out;
  }

  List<Held<TitleRecord>> titles() {
    List<Held<TitleRecord>> out = new ArrayList<>();
    each((h, own) -> h.titles().forEach(r -> out.add(new Held<>(r, holder(h), own))));
    return out;
  }

  List<Held<Initiative>> initiatives() {
    List<Held<Initiative>> out = new ArrayList<>();
    each((h, own) -> h.initiatives().forEach(r -> out.add(new Held<>(r, holder(h), own))));
    return out;
  }

  List<Held<AwardRecord>> awards() {
    List<Held<AwardRecord>> out = new ArrayList<>();
    each((h, own) -> h.awards().forEach(r -> out.add(new Held<>(r, holder(h), own))));
    return out;
  }

  List<OpenCase> ownCases() {
    return book.historyOf(participant().id()).cases();
  }

  private Participant holder(ParticipantHistory h) {
    return holders.stream().filter(p -> p.id().equals(h.participantId())).findFirst().orElseThrow();
  }

  private void each(java.util.function.BiConsumer<ParticipantHistory, Boolean> action) {
    for (int i = 0; i < holders.size(); i++) {
      action.accept(book.historyOf(holders.get(i).id()), i == 0);
    }
  }

  /** The holder's name after a forebear's record, nothing after the participant's own. */
  static String by(Held<?> held) {
    return held.own() ? "" : " — " + held.holder().name();
  }

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** A list of shown records, or a dash when there is none. */
  static String list(List<String> items) {
    return items.isEmpty() ? "—" : String.join("; ", items);
  }
}
