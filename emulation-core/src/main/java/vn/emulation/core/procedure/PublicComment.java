package vn.emulation.core.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An opinion received on a published list (ý kiến), and the answer given to it. Immutable.
 *
 * @param number its number in the announcement, from 1
 * @param author who sent it, as they signed it
 * @param receivedOn the day it was received
 * @param text what it says
 * @param nominationId the nominee it concerns; {@code null} when it concerns the list
 * @param answer the answer; {@code null} while unanswered
 */
public record PublicComment(
    int number,
    String author,
    LocalDate receivedOn,
    String text,
    String nominationId,
    Reply answer) {

  public PublicComment {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(text, "text");
  }

  public boolean isAnswered() {
    return answer != null;
  }

  public Optional<Reply> answerIfAny() {
    return Optional.ofNullable(answer);
  }

  PublicComment answered(Reply reply) {
    return new PublicComment(number, author, receivedOn, text, nominationId, reply);
  }

  /**
   * The answer to a comment: who gave it, when, and what it says.
   *
   * @param by who answered (the signed-in user)
   * @param at when
   * @param text the answer
   */
  public record Reply(String by, Instant at, String text) {
    public Reply {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(text, "text");
    }
  }
}
