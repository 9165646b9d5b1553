package vn.emulation.core.history;

import java.util.Set;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;

/**
 * How a plan's participants meet the law's recipients and the units' lineage. A collective of a
 * <b>unit body</b> category is the body of its unit (the ward's People's Committee): it answers for
 * the bodies of the units merged into its unit, so its history shows theirs. Any other collective
 * (a school, an enterprise) keeps its own history under its own identifier whatever its unit
 * becomes. A collective of a <b>household</b> category is a household for the law. Immutable.
 *
 * @param unitBodyCategories the categories whose collectives are their units' bodies
 * @param householdCategories the categories whose collectives are households
 */
public record Subjects(Set<String> unitBodyCategories, Set<String> householdCategories) {

  public Subjects {
    unitBodyCategories = Set.copyOf(unitBodyCategories);
    householdCategories = Set.copyOf(householdCategories);
  }

  /** The law's recipient a participant is. */
  public Recipient recipientOf(Participant p) {
    if (p.kind() == ParticipantKind.INDIVIDUAL) {
      return Recipient.INDIVIDUAL;
    }
    return householdCategories.contains(p.categoryCode())
        ? Recipient.HOUSEHOLD
        : Recipient.COLLECTIVE;
  }

  /** Whether a participant is its unit's body, whose history follows the unit's lineage. */
  public boolean isUnitBody(Participant p) {
    return p.kind() == ParticipantKind.COLLECTIVE && unitBodyCategories.contains(p.categoryCode());
  }
}
