package vn.emulation.jakarta.application.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/**
 * What a client sends about participants and their evidence, read at the edge into typed values (a
 * participant's kind, an answer, the day of a registration); what did not read is carried beside
 * them ({@link Unread}), so that {@link ParticipantRegistry} reports every problem of a request at
 * once.
 */
public final class ParticipantCommands {

  private ParticipantCommands() {}

  /**
   * Which participants to list.
   *
   * @param category only those of this category of the plan; all when absent
   * @param unit only those attached to this unit; all when absent
   * @param page the page asked for
   */
  public record ParticipantQuery(String category, String unit, PageRequest page) {

    /** Its parameters, in the order their problems are named. */
    public static final List<String> FIELDS = List.of("page", "size", "category", "unit");
  }

  /**
   * Registers a participant in a plan's movement.
   *
   * @param id its identifier (letters, digits, {@code . _ -}); generated when absent
   * @param kind COLLECTIVE or INDIVIDUAL, as its category requires
   * @param name its name as written, with diacritics
   * @param categoryCode one of the plan's participant categories
   * @param unitCode the administrative unit whose figures count for it
   * @param unread the fields the edge could not read (then absent here)
   */
  public record NewParticipant(
      String id,
      ParticipantKind kind,
      String name,
      String categoryCode,
      String unitCode,
      Unread unread) {

    public NewParticipant {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public NewParticipant(
        String id, ParticipantKind kind, String name, String categoryCode, String unitCode) {
      this(id, kind, name, categoryCode, unitCode, Unread.none());
    }
  }

  /**
   * An answer to a declaration criterion.
   *
   * @param answer YES, NO or NOT_APPLICABLE (only where the plan allows it); absent when not given
   *     or not read (then the update's {@link Unread} names it at {@code answers.CODE.answer})
   * @param reference the evidence behind it (a document number), optional
   */
  public record AnswerInput(Answer answer, String reference) {}

  /**
   * Evidence of a participant for an occasion to store. Each fact given replaces the stored one of
   * the same key; facts not given stay as they are.
   *
   * @param answers answers by declaration criterion code (also those inside an "any of")
   * @param counts counted achievements by the fact key of a COUNT criterion; whole numbers, read as
   *     decimals so that 1.5 or an overflowing count is refused rather than cut
   * @param amounts amounts in đồng by the fact key of a NORM criterion; whole numbers
   * @param registeredOn the day it registered its emulation plan; absent when not given or not read
   * @param notRegistered true when it is known not to have registered
   * @param unread the fields the edge could not read (then absent here): an answer not among the
   *     choices at {@code answers.CODE.answer}, a day that is none at {@code registeredOn}
   */
  public record EvidenceUpdate(
      Map<String, AnswerInput> answers,
      Map<String, BigDecimal> counts,
      Map<String, BigDecimal> amounts,
      LocalDate registeredOn,
      Boolean notRegistered,
      Unread unread) {

    public EvidenceUpdate {
      unread = unread == null ? Unread.none() : unread;
    }

    /** An update read without problems. */
    public EvidenceUpdate(
        Map<String, AnswerInput> answers,
        Map<String, BigDecimal> counts,
        Map<String, BigDecimal> amounts,
        LocalDate registeredOn,
        Boolean notRegistered) {
      this(answers, counts, amounts, registeredOn, notRegistered, Unread.none());
    }
  }
}
