package vn.emulation.jakarta.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evidence;

/**
 * What one participant put forward for one occasion, as plain data: its answers to declaration
 * criteria with their references, counted achievements, amounts contributed in đồng, and its
 * registration. It is not a core {@link Evidence}, which is laid out for one evaluator; {@link
 * #fill} copies it into a builder for that. Immutable.
 *
 * @param participantId the participant
 * @param occasionCode the occasion
 * @param declarations answers by criterion code
 * @param counts counted achievements by fact key
 * @param amounts amounts in đồng by fact key
 * @param registeredOn when it registered its own emulation plan, {@code null} when not known
 * @param notRegistered whether it is known not to have registered
 */
public record DemoEvidence(
    String participantId,
    String occasionCode,
    Map<String, Declaration> declarations,
    Map<String, Integer> counts,
    Map<String, Long> amounts,
    LocalDate registeredOn,
    boolean notRegistered) {

  /**
   * An answer and the document behind it.
   *
   * @param answer yes, no or not applicable
   * @param reference the evidence (an achievement report number such as BC-2023-015), or {@code
   *     null} where none is given
   */
  public record Declaration(Answer answer, String reference) {

    public Declaration {
      Objects.requireNonNull(answer, "answer");
    }
  }

  public DemoEvidence {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(occasionCode, "occasionCode");
    declarations = Map.copyOf(declarations);
    counts = Map.copyOf(counts);
    amounts = Map.copyOf(amounts);
    if (notRegistered && registeredOn != null) {
      throw new IllegalArgumentException(
          participantId
              + " cannot both have registered on "
              + registeredOn
              + " and not registered");
    }
  }

  /** Copies these facts into {@code builder} (from {@code Evaluator.evidence()}) and returns it. */
  public Evidence.Builder fill(Evidence.Builder builder) {
    declarations.forEach((code, d) -> builder.answer(code, d.answer(), d.reference()));
    counts.forEach(builder::count);
    amounts.forEach(builder::amount);
    if (registeredOn != null) {
      builder.registeredOn(registeredOn);
    } else if (notRegistered) {
      builder.notRegistered();
    }
    return builder;
  }
}
