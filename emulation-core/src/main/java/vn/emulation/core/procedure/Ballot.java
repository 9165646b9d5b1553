package vn.emulation.core.procedure;

import java.util.Objects;

/**
 * One member's vote on one nominee: cast at the meeting by a member present, or, by a member
 * absent, given in writing and recorded in the minutes (Decree 98/2023 art. 30.7). Immutable.
 *
 * @param memberId who voted
 * @param nominationId on whom
 * @param choice for, against or abstain
 * @param inWriting whether it is an absent member's written opinion
 */
public record Ballot(String memberId, String nominationId, VoteChoice choice, boolean inWriting) {

  public Ballot {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(nominationId, "nominationId");
    Objects.requireNonNull(choice, "choice");
  }
}
