package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/** What a client asks of nominations and their appraisal, as the edge read it. */
public final class NominationCommands {

  private NominationCommands() {}

  /** A list as read, its unreadable items kept as null where the edge met them. */
  private static <T> List<T> listOf(List<T> read) {
    return read == null
        ? List.of()
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(read));
  }

  /**
   * A unit proposes one of its participants for a plan's award form on an occasion.
   *
   * @param occasionCode the plan's occasion
   * @param participantId the nominee, a participant of a unit of the caller's
   * @param awardFormCode the plan's award form, which the verdict judges
   * @param lawFormCode the law's form it is, whose dossier applies (the plan does not map them)
   * @param sets the number of paper sets, 0 when absent
   * @param documents the law's dossier items the unit will supply, each once, files to follow
   * @param unread the fields the edge could not read (then absent here)
   */
  public record OpenNomination(
      String occasionCode,
      String participantId,
      String awardFormCode,
      String lawFormCode,
      Integer sets,
      List<String> documents,
      Unread unread) {

    public OpenNomination {
      documents = listOf(documents);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The dossier of a draft or returned nomination replaced: its sets and its documents; a document
   * kept keeps its files, one left out is dropped with them.
   *
   * @param unread the fields the edge could not read (then absent here)
   */
  public record AmendNomination(Integer sets, List<String> documents, Unread unread) {

    public AmendNomination {
      documents = listOf(documents);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * A unit sends its nomination to Home Affairs. It has no fields: what is sent is the nomination
   * as stored at the version named in If-Match, so the body is {}.
   */
  public record SubmitNomination() {}

  /**
   * Home Affairs' appraisal of one nomination: why (required unless eligible), why it departs from
   * the stored verdict where it does, and, for a return, the working days to correct it.
   *
   * @param unread the fields the edge could not read (then absent here)
   */
  public record AppraisalAnswer(
      String reason, String departureReason, Integer correctionWorkingDays, Unread unread) {

    public AppraisalAnswer {
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * One appraisal of a batch: the nomination at the version the desk read, the conclusion, why.
   *
   * @param version the nomination's version as read (its ETag)
   */
  public record BatchItem(
      String nominationId,
      Long version,
      AppraisalDecision decision,
      String reason,
      String departureReason) {}

  /**
   * Home Affairs' appraisal of many nominations at once, all or none.
   *
   * @param correctionWorkingDays the working days to correct the ones returned
   * @param unread the fields the edge could not read (then absent here)
   */
  public record BatchAppraisalCommand(
      List<BatchItem> items, Integer correctionWorkingDays, Unread unread) {

    public BatchAppraisalCommand {
      items = listOf(items);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The list's filters: a state, a unit, an occasion, a plan's form, the page.
   *
   * @param unread the parameters the edge could not read
   */
  public record NominationQuery(
      String state, String unit, String occasion, String form, PageRequest page, Unread unread) {

    public NominationQuery {
      unread = unread == null ? Unread.none() : unread;
    }
  }
}
