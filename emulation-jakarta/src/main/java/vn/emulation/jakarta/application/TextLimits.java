package vn.emulation.jakarta.application;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What the store keeps of a text field: without the blanks around it, and no longer than its column
 * holds (a name 300 characters, a code 100). The edge has already read the field as text of the
 * right JSON type without forbidden characters; a use case applies these limits where it reads the
 * field, recording a problem for each instead of stopping at the first. Stateless.
 */
public final class TextLimits {

  private TextLimits() {}

  /**
   * Required text, without surrounding blanks, at most {@code maxLength} characters; {@code null}
   * after recording a problem. {@code what} names the field for the reader, in both languages.
   */
  public static String text(
      ProblemCollector problems,
      String path,
      String raw,
      int maxLength,
      String whatVi,
      String whatEn) {
    if (raw == null || raw.isBlank()) {
      problems.add(path, AdapterMessages.text("application.required", whatVi, whatEn));
      return null;
    }
    String text = raw.strip();
    if (text.length() > maxLength) {
      problems.add(
          path,
          AdapterMessages.text(
              "application.longerCharacters", capitalised(whatVi), maxLength, capitalised(whatEn)));
      return null;
    }
    return text;
  }

  /**
   * Required text as {@link #text(ProblemCollector, String, String, int, String, String)}, the
   * field named by a catalogue's message.
   */
  public static String text(
      ProblemCollector problems, String path, String raw, int maxLength, LocalizedText what) {
    return text(problems, path, raw, maxLength, what.vi(), what.en());
  }

  /** Optional text as kept: without surrounding blanks; {@code null} when absent or blank. */
  public static String blankToNull(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
