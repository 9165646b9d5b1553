package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The minutes of a council meeting (biên bản): when and where, who was present and who absent, and
 * the result per nominee. What the submission is drawn from. Immutable.
 *
 * @param meetingId the meeting
 * @param day the day it met
 * @param place where
 * @param present the members present
 * @param absent the members absent
 * @param quorum the quorum it was held to
 * @param results the result per nominee, in the order of the list
 */
public record Minutes(
    String meetingId,
    LocalDate day,
    String place,
    List<CouncilMember> present,
    List<CouncilMember> absent,
    Threshold quorum,
    List<NomineeResult> results) {

  public Minutes {
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(place, "place");
    present = List.copyOf(present);
    absent = List.copyOf(absent);
    Objects.requireNonNull(quorum, "quorum");
    results = List.copyOf(results);
  }

  /** The nominees approved, in the order of the list. */
  public List<Nominee> approved() {
    return results.stream().filter(NomineeResult::approved).map(NomineeResult::nominee).toList();
  }
}
