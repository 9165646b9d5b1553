package vn.emulation.core.law;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * "Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được" (Law art. 5.2.c): an
 * achievement earns one award. A proposal is refused while another claim holds the same
 * participant's work in one of the years it covers, whatever the occasion (the annual round of 2023
 * and the interim review of 2023 both judge 2023) and whatever the form. One form may still be
 * given many times to one participant, for achievements of other years. Immutable and thread-safe.
 *
 * @param citation the provision
 */
public record OneAchievementOneAward(Citation citation) {

  public OneAchievementOneAward {
    Objects.requireNonNull(citation, "citation");
  }

  /** The claims that already hold the achievement {@code proposed} is for; empty when none. */
  public List<AwardClaim> conflictsOf(AwardClaim proposed, Collection<AwardClaim> existing) {
    return existing.stream()
        .filter(c -> c.status().holds())
        .filter(c -> c != proposed && c.sameAchievementAs(proposed))
        .toList();
  }

  /**
   * Refuses {@code proposed} when another claim already holds its achievement.
   *
   * @throws SecondAwardRefusedException naming the claims that hold it and the provision
   */
  public void requireFirst(AwardClaim proposed, Collection<AwardClaim> existing) {
    List<AwardClaim> conflicts = conflictsOf(proposed, existing);
    if (conflicts.isEmpty()) {
      return;
    }
    AwardClaim first = conflicts.get(0);
    LocalizedText reason =
        Messages.text(
            "law.oneAward.refused",
            proposed.participantId(),
            proposed.formCode(),
            proposed.occasionCode(),
            first.formCode(),
            first.occasionCode(),
            first.covered(),
            citation.provision());
    throw new SecondAwardRefusedException(reason, proposed, conflicts);
  }
}
