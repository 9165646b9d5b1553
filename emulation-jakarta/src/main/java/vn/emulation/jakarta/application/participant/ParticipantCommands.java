package vn.emulation.jakarta.application.participant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/**
 * What a client sends about participants and their evidence. A new participant's kind is read at
 * the edge, what did not read carried beside it ({@link Unread}); the evidence's dates and answers
 * are still text. Either way {@link ParticipantRegistry} reports every problem of a request at
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
   * @param answer YES, NO or NOT_APPLICABLE (only where the plan allows it)
   * @param reference the evidence behind it (a document number), optional
   */
  public record AnswerInput(String answer, String reference) {}

  /**
   * Evidence of a participant for an occasion to store. Each fact given replaces the stored one of
   * the same key; facts not given stay as they are.
   *
   * @param answers answers by declaration criterion code (also those inside an "any of")
   * @param counts counted achievements by the fact key of a COUNT criterion; whole numbers, read as
   *     decimals so that 1.5 or an overflowing count is refused rather than cut
   * @param amounts amounts in đồng by the fact key of a NORM criterion; whole numbers
   * @param registeredOn the day it registered its emulation plan, YYYY-MM-DD
   * @param notRegistered true when it is known not to have registered
   */
  public record EvidenceUpdate(
      Map<String, AnswerInput> answers,
      Map<String, BigDecimal> counts,
      Map<String, BigDecimal> amounts,
      String registeredOn,
      Boolean notRegistered) {}
}
