package vn.emulation.core.procedure;

import java.util.Objects;

/**
 * The council's result for one nominee: the votes, the threshold it was held to, and whether it is
 * approved. Immutable.
 *
 * @param nominee the nominee
 * @param votesFor votes for, written opinions included
 * @param votesAgainst votes against
 * @param abstentions abstentions
 * @param notVoting members who gave no vote on it, present or absent
 * @param members all members of the council, the base of the threshold
 * @param threshold the share of all members whose votes for approve it
 * @param approved whether the votes for reach it
 */
public record NomineeResult(
    Nominee nominee,
    int votesFor,
    int votesAgainst,
    int abstentions,
    int notVoting,
    int members,
    Threshold threshold,
    boolean approved) {

  public NomineeResult {
    Objects.requireNonNull(nominee, "nominee");
    Objects.requireNonNull(threshold, "threshold");
  }
}
