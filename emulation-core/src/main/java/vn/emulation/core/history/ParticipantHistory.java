package vn.emulation.core.history;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.law.AwardClaim;

/**
 * What one participant's history holds, as recorded for it alone (its predecessors' histories are
 * their own; {@link PrerequisiteCheck} reads them through the lineage). Immutable and thread-safe.
 *
 * @param participantId whose history it is
 * @param ratings the yearly ratings, one a year at most
 * @param titles the emulation titles
 * @param initiatives the recognised initiatives
 * @param awards the forms of commendation received
 * @param cases the cases that exclude it while open
 */
public record ParticipantHistory(
    String participantId,
    List<YearRating> ratings,
    List<TitleRecord> titles,
    List<Initiative> initiatives,
    List<AwardRecord> awards,
    List<OpenCase> cases) {

  public ParticipantHistory {
    Objects.requireNonNull(participantId, "participantId");
    ratings = List.copyOf(ratings);
    titles = List.copyOf(titles);
    initiatives = List.copyOf(initiatives);
    awards = List.copyOf(awards);
    cases = List.copyOf(cases);
    Set<Integer> years = new HashSet<>();
    for (YearRating r : ratings) {
      if (!years.add(r.year())) {
        throw new IllegalArgumentException(
            participantId + " is rated twice for the year " + r.year());
      }
    }
  }

  /** A history with nothing recorded yet. */
  public static ParticipantHistory empty(String participantId) {
    return new ParticipantHistory(
        participantId, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The claims its earlier awards make on its achievements (one achievement, one award): one for
   * each award whose record says the year of work it recognises, annulled ones revoked.
   */
  public List<AwardClaim> awardClaims() {
    return awards.stream().flatMap(a -> a.claimOf(participantId).stream()).toList();
  }

  /** The rating of {@code year}, if recorded. */
  public Optional<YearRating> ratingOf(int year) {
    return ratings.stream().filter(r -> r.year() == year).findFirst();
  }
}
