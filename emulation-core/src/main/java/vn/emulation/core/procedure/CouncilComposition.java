package vn.emulation.core.procedure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;

/**
 * The council as appointed: its members, one chair among them, and the rules its meetings vote by.
 * LAW.md gives no quorum for a city or ward council, and an approval threshold only for some titles
 * (Decree 98/2023 art. 30.7: at least 80 % of all members for Chiến sĩ thi đua cơ sở, 90 % for the
 * provincial and national titles; whether Decree 152/2025 keeps it is unverified); so both are
 * parameters of the composition (ADR 0036, steps 5–8). By default the quorum is at least 2/3 of the
 * members present (the central council's rule, Decree 98 art. 47, and Bắc Ninh's), and a nominee is
 * approved by more than half of all members (an assumption); a form may have its own threshold.
 * Approval always counts the votes for against <em>all</em> members, as art. 30.7 does, so a tie is
 * never a majority. Immutable and thread-safe.
 *
 * @param members the members, each once, one of them the chair
 * @param quorum the share of members who must be present for the council to vote
 * @param approval the share of all members whose votes for approve a nominee
 * @param approvalByForm the share for the forms that have their own, by the rule set's code
 */
public record CouncilComposition(
    List<CouncilMember> members,
    Threshold quorum,
    Threshold approval,
    Map<String, Threshold> approvalByForm) {

  public static final Threshold DEFAULT_QUORUM = Threshold.atLeast(2, 3);
  public static final Threshold DEFAULT_APPROVAL = Threshold.moreThan(1, 2);

  public CouncilComposition {
    members = List.copyOf(members);
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(approval, "approval");
    approvalByForm = Map.copyOf(approvalByForm);
    ProblemCollector problems = new ProblemCollector();
    Set<String> ids = new HashSet<>();
    int chairs = 0;
    for (int i = 0; i < members.size(); i++) {
      CouncilMember m = members.get(i);
      if (!ids.add(m.id())) {
        problems.add("members[" + i + "]", Messages.text("procedure.council.memberTwice", m.id()));
      }
      chairs += m.role() == CouncilRole.CHAIR ? 1 : 0;
    }
    if (chairs != 1) {
      problems.add("members", Messages.text("procedure.council.oneChair", chairs));
    }
    problems.throwIfAny("council");
  }

  /** The members with the default quorum and approval. */
  public static CouncilComposition of(List<CouncilMember> members) {
    return new CouncilComposition(members, DEFAULT_QUORUM, DEFAULT_APPROVAL, Map.of());
  }

  /** This composition with {@code form} approved by {@code threshold}. */
  public CouncilComposition withApproval(String form, Threshold threshold) {
    Map<String, Threshold> more = new java.util.HashMap<>(approvalByForm);
    more.put(form, threshold);
    return new CouncilComposition(members, quorum, approval, more);
  }

  /** The threshold that approves a nominee for {@code form}. */
  public Threshold approvalOf(String form) {
    return approvalByForm.getOrDefault(form, approval);
  }

  public Optional<CouncilMember> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public int size() {
    return members.size();
  }
}
