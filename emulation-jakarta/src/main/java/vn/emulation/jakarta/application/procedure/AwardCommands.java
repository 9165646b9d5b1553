package vn.emulation.jakarta.application.procedure;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.VoteChoice;
import vn.emulation.jakarta.application.Unread;

/**
 * What a client asks of the steps after the appraisal (announcement, council, submission and
 * decision, revocation; ADR 0040), as the edge read it; the core checks the values.
 */
public final class AwardCommands {

  private AwardCommands() {}

  private static Unread none(Unread u) {
    return u == null ? Unread.none() : u;
  }

  /** A command with no fields: what it acts on is the case at the version in If-Match. */
  public record NoFields() {}

  /** A reason: required to withdraw, adjourn, return or dismiss. */
  public record CaseReason(String reason, Unread unread) {
    public CaseReason {
      unread = none(unread);
    }
  }

  /**
   * Home Affairs draws up the list of an occasion's appraised nominees.
   *
   * @param nominationIds the nominees to list; absent for every eligible nominee of the occasion
   */
  public record PrepareAnnouncement(
      String occasionCode, List<String> nominationIds, Unread unread) {
    public PrepareAnnouncement {
      nominationIds = nominationIds == null ? null : List.copyOf(nominationIds);
      unread = none(unread);
    }
  }

  /** The list published on a day at a channel (the portal's address). */
  public record PublishAnnouncement(LocalDate publishedOn, String channel, Unread unread) {
    public PublishAnnouncement {
      unread = none(unread);
    }
  }

  /**
   * An opinion received on the published list, as its author signed it.
   *
   * @param nominationId the nominee it concerns; absent for the whole list
   */
  public record RecordComment(
      String author, LocalDate receivedOn, String text, String nominationId, Unread unread) {
    public RecordComment {
      unread = none(unread);
    }
  }

  /** The answer to comment {@code number}. */
  public record AnswerComment(Integer number, String text, Unread unread) {
    public AnswerComment {
      unread = none(unread);
    }
  }

  /** The list closed on a day after its period. */
  public record CloseAnnouncement(LocalDate closedOn, Unread unread) {
    public CloseAnnouncement {
      unread = none(unread);
    }
  }

  /** A member of the council as appointed: the user's name, the full name, the seat. */
  public record MemberInput(String id, String name, CouncilRole role) {}

  /** A share of the members: at least (or, strict, more than) numerator/denominator. */
  public record ShareInput(Integer numerator, Integer denominator, Boolean strict) {}

  /** A form's own approval share. */
  public record FormShareInput(
      String form, Integer numerator, Integer denominator, Boolean strict) {}

  /**
   * The council convened on an announcement: its composition (members, quorum and approval, the
   * defaults when absent), the day, the place and the members present.
   */
  public record ConveneCouncil(
      String announcementId,
      LocalDate day,
      String place,
      List<MemberInput> members,
      ShareInput quorum,
      ShareInput approval,
      List<FormShareInput> approvalByForm,
      List<String> present,
      Unread unread) {
    public ConveneCouncil {
      members = members == null ? List.of() : members.stream().toList();
      approvalByForm = approvalByForm == null ? List.of() : approvalByForm.stream().toList();
      present = present == null ? List.of() : present.stream().toList();
      unread = none(unread);
    }
  }

  /**
   * A vote on a nominee; at the meeting by a member present, in writing by one absent.
   *
   * @param memberId the member; a council member signed in votes as themselves (absent: them)
   */
  public record CastVote(String memberId, String nominationId, VoteChoice choice, Unread unread) {
    public CastVote {
      unread = none(unread);
    }
  }

  /** The submission of a closed meeting's approved nominees to an office on a day. */
  public record PrepareSubmission(
      String meetingId, Office office, LocalDate submittedOn, Unread unread) {
    public PrepareSubmission {
      unread = none(unread);
    }
  }

  /** The office's decision on one form of a submission: number, day, signer, type, awardees. */
  public record DecideForm(
      String form,
      String number,
      LocalDate decidedOn,
      String signer,
      AwardType type,
      List<String> awardees,
      Unread unread) {
    public DecideForm {
      awardees = awardees == null ? List.of() : awardees.stream().toList();
      unread = none(unread);
    }
  }

  /** A proposal to annul one awardee's award of a submission's decision on a form. */
  public record ProposeRevocation(
      String submissionId,
      String form,
      String nominationId,
      RevocationGround ground,
      String reason,
      Unread unread) {
    public ProposeRevocation {
      unread = none(unread);
    }
  }

  /** The annulment by the office that decided, on a day. */
  public record AnnulAward(Office office, LocalDate annulledOn, Unread unread) {
    public AnnulAward {
      unread = none(unread);
    }
  }

  /** What was recovered: the artefact, the money in đồng, on a day. */
  public record RecordRecovery(
      LocalDate recordedOn,
      Boolean artefactRecovered,
      Long moneyRecovered,
      String note,
      Unread unread) {
    public RecordRecovery {
      unread = none(unread);
    }
  }
}
