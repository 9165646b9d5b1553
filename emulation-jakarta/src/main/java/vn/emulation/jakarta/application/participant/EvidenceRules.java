package vn.emulation.jakarta.application.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.EvidenceShape;
import vn.emulation.core.evaluation.EvidenceShape.Kind;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The check of an evidence update against what the plan's evidence may hold, which the core's
 * {@link EvidenceShape} knows (which keys, for which categories, which answers); here the request's
 * values are checked (whole numbers, reference lengths), and the answers and the registration day
 * the edge could not read are named where they are met. Every problem is reported at once.
 * Immutable.
 */
final class EvidenceRules {

  static final int MAX_REFERENCE = 300;

  /**
   * An update that passed every check.
   *
   * @param facts the facts to store (registration included)
   * @param registration whether the update says anything about the registration
   */
  record Checked(ParticipantFacts facts, boolean registration) {}

  private final EvidenceShape shape;

  EvidenceRules(Plan plan) {
    this.shape = EvidenceShape.of(plan);
  }

  /**
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  Checked check(Participant p, EvidenceUpdate u) {
    ProblemCollector problems = new ProblemCollector();
    Map<String, ParticipantFacts.Declaration> answers = new TreeMap<>();
    nonNull(u.answers())
        .forEach(
            (code, a) -> {
              String path = "answers." + code;
              if (usable(problems, Kind.DECLARATION, path, code, p)) {
                ParticipantFacts.Declaration d = answer(problems, u.unread(), path, code, a);
                if (d != null) {
                  answers.put(code, d);
                }
              }
            });
    Map<String, Integer> counts = new LinkedHashMap<>();
    nonNull(u.counts())
        .forEach(
            (key, n) -> {
              if (usable(problems, Kind.COUNT, "counts." + key, key, p)
                  && wholeNumber(problems, "counts." + key, n, Integer.MAX_VALUE)) {
                counts.put(key, n.intValueExact());
              }
            });
    Map<String, Long> amounts = new LinkedHashMap<>();
    nonNull(u.amounts())
        .forEach(
            (key, n) -> {
              if (usable(problems, Kind.AMOUNT, "amounts." + key, key, p)
                  && wholeNumber(problems, "amounts." + key, n, Long.MAX_VALUE)) {
                amounts.put(key, n.longValueExact());
              }
            });
    LocalDate registeredOn = u.registeredOn();
    // a day that did not read was given all the same: it contradicts "not registered" too
    boolean registeredGiven = u.unread().take(problems, "registeredOn") || registeredOn != null;
    boolean notRegistered = Boolean.TRUE.equals(u.notRegistered());
    if (notRegistered && registeredGiven) {
      problems.add("notRegistered", AdapterMessages.text("participant.cannotBothRegisteredNot"));
    }
    problems.throwIfAny("evidence");
    return new Checked(
        new ParticipantFacts(answers, counts, amounts, registeredOn, notRegistered),
        registeredOn != null || notRegistered);
  }

  /** Whether the plan's evidence shape lets the participant hold {@code key}; else a problem. */
  private boolean usable(
      ProblemCollector problems, Kind kind, String path, String key, Participant p) {
    Optional<LocalizedText> why = shape.refusal(kind, key, p.categoryCode());
    why.ifPresent(w -> problems.add(path, w.vi(), w.en()));
    return why.isEmpty();
  }

  private ParticipantFacts.Declaration answer(
      ProblemCollector problems, Unread unread, String path, String code, AnswerInput a) {
    if (a == null) {
      problems.add(path, AdapterMessages.text("participant.answerMissing"));
      return null;
    }
    unread.requireChoice(problems, path + ".answer", a.answer(), Answer.class);
    Answer answer = a.answer();
    Optional<LocalizedText> refused = shape.answerRefusal(code, answer);
    if (refused.isPresent()) {
      problems.add(path + ".answer", refused.get().vi(), refused.get().en());
      return null;
    }
    String reference =
        a.reference() == null || a.reference().isBlank() ? null : a.reference().strip();
    if (reference != null && reference.length() > MAX_REFERENCE) {
      problems.add(
          path + ".reference",
          AdapterMessages.text("participant.evidenceReferenceLongerCharacters", MAX_REFERENCE));
      return null;
    }
    return answer == null ? null : new ParticipantFacts.Declaration(answer, reference);
  }

  /** A whole number from 0 to {@code max}: a count or an amount in đồng. */
  private static boolean wholeNumber(
      ProblemCollector problems, String path, BigDecimal n, long max) {
    if (n == null
        || n.signum() < 0
        || n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(path, AdapterMessages.text("participant.wholeNumberFrom0", max, plain(n)));
      return false;
    }
    return true;
  }

  private static String plain(BigDecimal n) {
    if (n == null) {
      return "null";
    }
    String s = n.abs().compareTo(BigDecimal.valueOf(1, -30)) > 0 ? n.toString() : n.toPlainString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static <V> Map<String, V> nonNull(Map<String, V> map) {
    return map == null ? Map.of() : map;
  }
}
