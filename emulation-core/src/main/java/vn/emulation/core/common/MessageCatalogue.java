package vn.emulation.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue of messages: one bundle per language, {@code <base>_vi.properties} (the text of
 * record) and {@code <base>_en.properties}, read as UTF-8, each mapping a dotted key such as {@code
 * unit.close.hasChildren} to a text. {@link #text} gives the {@link LocalizedText} of a key with
 * its arguments.
 *
 * <p>Arguments are written {@code {0}}, {@code {1}}… and replaced by {@code String.valueOf} of the
 * argument, nothing else: unlike {@link java.text.MessageFormat} an apostrophe is an apostrophe and
 * a number is never formatted for a locale, so {@code 1234.5} stays {@code 1234.5} (a value is
 * quoted exactly as it was sent; ADR 0027). A brace not followed by digits and {@code }} is left as
 * it is. Both languages need not use every argument, nor in the same order.
 *
 * <p>The bundles are read once, when the catalogue is made, and a missing key fails at once; the
 * catalogue is immutable and thread-safe. The tests check that both bundles hold the same keys with
 * the same arguments and that the code uses every key.
 */
public final class MessageCatalogue {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  /** A letter only Vietnamese writes: with a diacritic, or đ. */
  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final String baseName;
  private final ResourceBundle vi;
  private final ResourceBundle en;

  private MessageCatalogue(String baseName, ResourceBundle vi, ResourceBundle en) {
    this.baseName = baseName;
    this.vi = vi;
    this.en = en;
  }

  /**
   * Reads the catalogue {@code baseName} ({@code a/b/messages} reads {@code
   * a/b/messages_vi.properties} and {@code a/b/messages_en.properties}) through {@code anchor}'s
   * class loader and module.
   *
   * @throws IllegalStateException when a bundle is missing
   */
  public static MessageCatalogue of(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "baseName");
    return new MessageCatalogue(
        baseName, bundle(anchor, baseName + "_vi"), bundle(anchor, baseName + "_en"));
  }

  private static ResourceBundle bundle(Class<?> anchor, String name) {
    String resource = "/" + name + ".properties";
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no message bundle " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable message bundle " + resource, e);
    }
  }

  /**
   * The message {@code key} in both languages, each argument {@code {i}} replaced by {@code
   * String.valueOf(arguments[i])}.
   *
   * @throws IllegalArgumentException when the key is in neither bundle, or a text names an argument
   *     that was not given
   */
  public LocalizedText text(String key, Object... arguments) {
    return LocalizedText.of(
        fill(key, pattern(vi, key), arguments), fill(key, pattern(en, key), arguments));
  }

  /** The keys of the Vietnamese bundle, sorted. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(vi.keySet()));
  }

  /** The keys of the English bundle, sorted. */
  public Set<String> englishKeys() {
    return Collections.unmodifiableSet(new TreeSet<>(en.keySet()));
  }

  /** The unfilled Vietnamese text of {@code key}. */
  public String vietnamese(String key) {
    return pattern(vi, key);
  }

  /** The unfilled English text of {@code key}. */
  public String english(String key) {
    return pattern(en, key);
  }

  /** The argument numbers a text names, such as {@code [0, 1]}. */
  public static Set<Integer> arguments(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  /**
   * What is wrong with the catalogue, empty when nothing: a key in one bundle only, a blank text, a
   * Vietnamese text without a Vietnamese letter (an English copy), or the two texts of a key
   * filling a different number of arguments, or leaving one out. A text may take a value written
   * its own language's way (a date, a label) as its own argument, so the two need not name the same
   * numbers, only as many, and together every one from {@code {0}}.
   */
  public List<String> inconsistencies() {
    List<String> found = new ArrayList<>();
    for (String key : keys()) {
      if (!en.containsKey(key)) {
        found.add(key + ": no English text");
        continue;
      }
      String v = vi.getString(key);
      String e = en.getString(key);
      if (v.isBlank() || e.isBlank()) {
        found.add(key + ": blank text");
      }
      if (!VIETNAMESE_LETTER.matcher(v).find() && hasWords(v)) {
        found.add(key + ": the Vietnamese text has no Vietnamese letter: " + v);
      }
      Set<Integer> a = arguments(v);
      Set<Integer> b = arguments(e);
      Set<Integer> all = new TreeSet<>(a);
      all.addAll(b);
      if (a.size() != b.size() || (!all.isEmpty() && Collections.max(all) != all.size() - 1)) {
        found.add(key + ": arguments differ, vi " + a + ", en " + b);
      }
    }
    for (String key : englishKeys()) {
      if (!vi.containsKey(key)) {
        found.add(key + ": no Vietnamese text");
      }
    }
    return found;
  }

  /** Whether a text has letters besides its arguments ({@code {0} "{1}" {2}} has none). */
  private static boolean hasWords(String text) {
    return ARGUMENT.matcher(text).replaceAll("").chars().anyMatch(Character::isLetter);
  }

  private String pattern(ResourceBundle bundle, String key) {
    if (!bundle.containsKey(key)) {
      throw new IllegalArgumentException("no message " + key + " in " + baseName);
    }
    return bundle.getString(key);
  }

  // A plain scan, not the regular expression: messages are made on the evaluator's paths too.
  private static String fill(String key, String pattern, Object[] arguments) {
    int open = pattern.indexOf('{');
    if (open < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 16 * arguments.length);
    int last = 0;
    while (open >= 0) {
      int end = open + 1;
      while (end < pattern.length() && pattern.charAt(end) >= '0' && pattern.charAt(end) <= '9') {
        end++;
      }
      if (end > open + 1 && end < pattern.length() && pattern.charAt(end) == '}') {
        int i = Integer.parseInt(pattern, open + 1, end, 10);
        if (i >= arguments.length) {
          throw new IllegalArgumentException(
              "message " + key + " names argument " + i + " of " + arguments.length);
        }
        out.append(pattern, last, open).append(String.valueOf(arguments[i]));
        last = end + 1;
      }
      open = pattern.indexOf('{', open + 1);
    }
    return out.append(pattern, last, pattern.length()).toString();
  }

  @Override
  public String toString() {
    return "MessageCatalogue[" + baseName + "]";
  }
}
