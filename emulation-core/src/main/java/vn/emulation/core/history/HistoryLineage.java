package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * The records a participant answers for on a day, as {@link PrerequisiteCheck} reads them: its own,
 * and for the body of a unit those of the bodies of the units merged into it ({@link Forebears}),
 * each with the participant that holds it. This is how a history is shown; the rule of which
 * forebears count is {@link Forebears}', not the reader's. Immutable and thread-safe.
 */
public final class HistoryLineage {

  /**
   * Where a record comes from.
   *
   * @param participantId the participant that holds it
   * @param unitCode that participant's unit
   * @param own whether it is the participant's own record, not a forebear's
   */
  public record Source(String participantId, String unitCode, boolean own) {

    public Source {
      Objects.requireNonNull(participantId, "participantId");
      Objects.requireNonNull(unitCode, "unitCode");
    }
  }

  /**
   * A record and where it comes from.
   *
   * @param record the record
   * @param source the participant that holds it
   */
  public record Sourced<T>(T record, Source source) {

    public Sourced {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(source, "source");
    }
  }

  private final LineageRecords records;

  private HistoryLineage(LineageRecords records) {
    this.records = records;
  }

  /**
   * The lineage of {@code participant} on {@code day}.
   *
   * @param participant whose records are read; must be in {@code book}
   * @param day the day the units' lineage is read on
   * @param units the units, with their reorganisations
   * @param book the participants and their histories
   * @param subjects which participants are their units' bodies
   */
  public static HistoryLineage of(
      Participant participant,
      LocalDate day,
      OrgHierarchy units,
      HistoryBook book,
      Subjects subjects) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(day, "day");
    return new HistoryLineage(
        new LineageRecords(Forebears.of(participant, day, units, book, subjects), book));
  }

  /** The yearly ratings, the participant's own first. */
  public List<Sourced<YearRating>> ratings() {
    return sourced(records.ratings());
  }

  /** The emulation titles, the participant's own first. */
  public List<Sourced<TitleRecord>> titles() {
    return sourced(records.titles());
  }

  /** The recognised initiatives, the participant's own first. */
  public List<Sourced<Initiative>> initiatives() {
    return sourced(records.initiatives());
  }

  /** The awards received, revoked or not, the participant's own first. */
  public List<Sourced<AwardRecord>> awards() {
    return sourced(records.awards());
  }

  private static <T> List<Sourced<T>> sourced(List<LineageRecords.Held<T>> held) {
    Function<LineageRecords.Held<T>, Sourced<T>> source =
        h -> new Sourced<>(h.record(), new Source(h.holder().id(), h.holder().unitCode(), h.own()));
    return held.stream().map(source).toList();
  }
}
