package vn.emulation.core.law;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A condition the law puts on a form, read from a participant's history where it can be: every year
 * of a window rated at least so well, a title held so many times, initiatives recognised at a
 * level, an earlier form received; {@link AllOf} and {@link AnyOf} ("một trong các tiêu chuẩn")
 * combine them. A {@link Finding} is a condition no history answers (an outstanding achievement in
 * a movement): the appraiser decides it, and the check says so instead of guessing.
 *
 * <p>A window of {@code years} ends with the year of the achievement proposed: for a 2025 proposal
 * a window of 2 years is 2024–2025. Every condition cites its provision.
 */
public sealed interface Prerequisite {

  /** The provision this condition encodes. */
  Citation citation();

  /** Every condition holds. */
  record AllOf(List<Prerequisite> conditions, Citation citation) implements Prerequisite {
    public AllOf {
      conditions = List.copyOf(conditions);
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** One of the conditions suffices. */
  record AnyOf(List<Prerequisite> alternatives, Citation citation) implements Prerequisite {
    public AnyOf {
      alternatives = List.copyOf(alternatives);
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** Each of the last {@code years} years rated {@code minimum} or better, without a gap. */
  record RatingEveryYear(TaskRating minimum, int years, Citation citation) implements Prerequisite {
    public RatingEveryYear {
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** At least {@code count} of the last {@code years} years rated {@code minimum} or better. */
  record RatingCount(TaskRating minimum, int count, int years, Citation citation)
      implements Prerequisite {
    public RatingCount {
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * The title {@code title} (a form of kind {@link FormKind#TITLE}) held in at least {@code count}
   * of the last {@code years} years; {@code count == years} is "so many times in a row".
   */
  record TitleCount(String title, int count, int years, Citation citation) implements Prerequisite {
    public TitleCount {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** At least {@code count} initiatives recognised at {@code minimum} or higher in the window. */
  record InitiativeCount(InitiativeLevel minimum, int count, int years, Citation citation)
      implements Prerequisite {
    public InitiativeCount {
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * The form {@code form} received before, not revoked, and of a type that may serve as a basis
   * (Decree 152/2025 art. 4.3: sudden and thematic awards do not).
   */
  record AwardHeld(String form, Citation citation) implements Prerequisite {
    public AwardHeld {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** A condition for the appraiser's finding, which no history answers. */
  record Finding(String code, LocalizedText text, Citation citation) implements Prerequisite {
    public Finding {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** The conditions directly inside this one: those of an all-of or any-of, none otherwise. */
  static List<Prerequisite> partsOf(Prerequisite p) {
    if (p instanceof AllOf a) {
      return a.conditions();
    }
    return p instanceof AnyOf a ? a.alternatives() : List.of();
  }
}
