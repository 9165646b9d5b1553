package vn.emulation.core.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A piece of text in one style: regular, bold, italic or both. Its text is kept in Unicode NFC, the
 * form TCVN 6909:2001 documents are written in. Immutable.
 *
 * @param text the words
 * @param bold whether bold
 * @param italic whether italic
 */
public record Run(String text, boolean bold, boolean italic) {

  public Run {
    Objects.requireNonNull(text, "text");
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  public static Run plain(String text) {
    return new Run(text, false, false);
  }

  public static Run bold(String text) {
    return new Run(text, true, false);
  }

  public static Run italic(String text) {
    return new Run(text, false, true);
  }

  public static Run boldItalic(String text) {
    return new Run(text, true, true);
  }
}
