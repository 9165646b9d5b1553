package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.law.AwardClaim;

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

  /**
   * The claim on its achievement (one achievement, one award, Law art. 5.2.c) that the nomination
   * {@code claimant} holds, as these minutes leave it: a nominee the council voted on and did not
   * approve was granted nothing, so its nomination's claim is refused and the same work may be
   * proposed again; an approved nominee's claim, or a nomination the council did not vote on, is
   * left as it is.
   *
   * @param claimant the nomination whose claim it is
   * @throws IllegalArgumentException when {@code claimant} is a nominee of these minutes but the
   *     claim is another participant's
   */
  public AwardClaim applyTo(String claimant, AwardClaim claim) {
    for (NomineeResult r : results) {
      if (r.nominee().nominationId().equals(claimant)) {
        if (!r.nominee().participantId().equals(claim.participantId())) {
          throw new IllegalArgumentException(
              "the nominee is " + r.nominee().participantId() + ", not " + claim.participantId());
        }
        return r.approved() || !claim.status().holds() ? claim : claim.refused();
      }
    }
    return claim;
  }

  /** The nominees approved, in the order of the list. */
  public List<Nominee> approved() {
    return results.stream().filter(NomineeResult::approved).map(NomineeResult::nominee).toList();
  }
}
