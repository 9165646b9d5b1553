package vn.emulation.core.law;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * Where a rule comes from: a provision ({@code Điều 74 khoản 1 điểm d}) of one of the legal texts
 * the version encodes, how sure the citation is, and a note where it needs one (a rule taken from a
 * restatement, a provision the sources did not give). Immutable and thread-safe.
 *
 * @param text the code of the {@link LegalText} cited, one of the version's texts
 * @param provision the provision as the text numbers it, in Vietnamese
 * @param confidence how sure the citation is
 * @param note what a reader should know about it; {@code null} when nothing
 * @param source where the provision's wording was read (a gazette page, a portal's address), for
 *     legal review; {@code null} when not recorded
 */
public record Citation(
    String text, String provision, Confidence confidence, LocalizedText note, String source) {

  /** A citation without a recorded source. */
  public Citation(String text, String provision, Confidence confidence, LocalizedText note) {
    this(text, provision, confidence, note, null);
  }

  public Citation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(confidence, "confidence");
  }

  /** A provision read in the text itself, with nothing more to say. */
  public static Citation verified(String text, String provision) {
    return new Citation(text, provision, Confidence.VERIFIED, null);
  }

  /** Whether the wording was read in the text. */
  public boolean isVerified() {
    return confidence == Confidence.VERIFIED;
  }
}
