package vn.emulation.jakarta.application.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.emulation.core.evaluation.Answer;

/**
 * What is stored about a participant for an occasion, apart from its unit's figures: its answers to
 * declaration criteria with their evidence references, counted achievements, amounts contributed
 * and its registration. Anything absent is unknown. Immutable and thread-safe; maps are kept sorted
 * by key so that evidence is always assembled in the same order.
 *
 * @param declarations answers by declaration criterion code
 * @param counts counted achievements by fact key (recognisedInitiatives)
 * @param amounts amounts in đồng by fact key (contributionVnd)
 * @param registeredOn the day it registered its emulation plan, {@code null} if unknown or never
 * @param notRegistered whether it is known not to have registered
 */
public record ParticipantFacts(
    Map<String, Declaration> declarations,
    Map<String, Integer> counts,
    Map<String, Long> amounts,
    LocalDate registeredOn,
    boolean notRegistered) {

  /**
   * An answer to a declaration criterion and the reference of the document behind it.
   *
   * @param answer yes, no or not applicable
   * @param reference the evidence reference (a document number), {@code null} if none
   */
  public record Declaration(Answer answer, String reference) {

    public Declaration {
      Objects.requireNonNull(answer, "answer");
    }
  }

  public ParticipantFacts {
    declarations = sorted(declarations);
    counts = sorted(counts);
    amounts = sorted(amounts);
    if (registeredOn != null && notRegistered) {
      throw new IllegalArgumentException(
          "a participant registered on " + registeredOn + " cannot also be not registered");
    }
  }

  /** Nothing known: every criterion that needs a stored fact stays undecided. */
  public static ParticipantFacts none() {
    return new ParticipantFacts(Map.of(), Map.of(), Map.of(), null, false);
  }

  /** The same facts, registered on {@code date}. */
  public ParticipantFacts withRegistration(LocalDate date) {
    return new ParticipantFacts(declarations, counts, amounts, date, false);
  }

  /** The same facts with one more answer. */
  public ParticipantFacts withAnswer(String criterionCode, Answer answer, String reference) {
    Map<String, Declaration> more = new TreeMap<>(declarations);
    more.put(criterionCode, new Declaration(answer, reference));
    return new ParticipantFacts(more, counts, amounts, registeredOn, notRegistered);
  }

  private static <V> Map<String, V> sorted(Map<String, V> map) {
    Objects.requireNonNull(map, "map");
    return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
