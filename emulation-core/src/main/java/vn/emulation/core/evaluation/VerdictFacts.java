package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A verdict as a stored run keeps it: the award form, the outcome, and for each criterion, in the
 * award form's order, the facts it was decided on ({@link CriterionFacts}) — not the words of the
 * explanation, which {@link Evaluator#explain} writes again from these facts and the plan version
 * that judged them. A few dozen bytes where the bilingual explanation takes kilobytes. Immutable.
 *
 * <p>{@link #criteriaText()} writes the criteria as one line of text and {@link #read} reads it
 * back to equal facts: {@code code=S,figure,figure(alternative;alternative)} per criterion,
 * separated by {@code ;}, where {@code S} is the status ({@code U} undecided, {@code M} met, {@code
 * N} not met, {@code X} not applicable) and the characters {@code % ; , = ( )} and control
 * characters inside a code or a figure are written {@code %XX}.
 *
 * @param awardFormCode the award form's code
 * @param outcome eligible, not eligible, or incomplete
 * @param criteria the facts of each criterion, in the award form's order
 */
public record VerdictFacts(String awardFormCode, Outcome outcome, List<CriterionFacts> criteria) {

  public VerdictFacts {
    Objects.requireNonNull(awardFormCode, "awardFormCode");
    Objects.requireNonNull(outcome, "outcome");
    criteria = List.copyOf(criteria);
  }

  /** The criteria as one line of text, which {@link #read} reads back. */
  public String criteriaText() {
    StringBuilder out = new StringBuilder(64);
    write(criteria, out);
    return out.toString();
  }

  /**
   * The facts of a verdict whose criteria {@link #criteriaText()} wrote.
   *
   * @throws IllegalArgumentException if the text is not such a line
   */
  public static VerdictFacts read(String awardFormCode, Outcome outcome, String criteriaText) {
    Reader r = new Reader(criteriaText);
    List<CriterionFacts> criteria = r.list();
    if (r.at < criteriaText.length()) {
      throw r.unreadable("unexpected '" + criteriaText.charAt(r.at) + "'");
    }
    return new VerdictFacts(awardFormCode, outcome, criteria);
  }

  private static final String STATUS = "UMNX";

  static char letter(CriterionStatus status) {
    return STATUS.charAt(status.ordinal());
  }

  private static void write(List<CriterionFacts> criteria, StringBuilder out) {
    for (int i = 0; i < criteria.size(); i++) {
      CriterionFacts c = criteria.get(i);
      if (i > 0) {
        out.append(';');
      }
      escape(c.code(), out);
      out.append('=').append(letter(c.status()));
      for (String f : c.figures()) {
        escape(f, out.append(','));
      }
      if (!c.alternatives().isEmpty()) {
        out.append('(');
        write(c.alternatives(), out);
        out.append(')');
      }
    }
  }

  private static void escape(String s, StringBuilder out) {
    // codes and figures are nearly always plain: appended whole, they cost one scan and one copy
    // (a province's run writes 2,000,000 verdicts, so this loop is a tenth of the job's CPU)
    int first = 0;
    while (first < s.length() && plain(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      out.append(s);
      return;
    }
    out.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!plain(ch)) {
        out.append('%').append(Character.forDigit(ch >> 4 & 0xf, 16));
        out.append(Character.forDigit(ch & 0xf, 16));
      } else {
        out.append(ch);
      }
    }
  }

  private static boolean plain(char ch) {
    return ch >= 0x20 && ch != 0x7f && "%;,=()".indexOf(ch) < 0;
  }

  /** Reads {@link #criteriaText()} back, from {@code at} on. */
  private static final class Reader {
    private final String s;
    private int at;

    Reader(String s) {
      this.s = s;
    }

    List<CriterionFacts> list() {
      List<CriterionFacts> list = new ArrayList<>();
      if (at == s.length() || s.charAt(at) == ')') {
        return list;
      }
      list.add(criterion());
      while (at < s.length() && s.charAt(at) == ';') {
        at++;
        list.add(criterion());
      }
      return list;
    }

    private CriterionFacts criterion() {
      String code = token();
      if (code.isEmpty() || at >= s.length() || s.charAt(at) != '=') {
        throw unreadable("a criterion's code and '=' expected");
      }
      at++;
      int status = at < s.length() ? STATUS.indexOf(s.charAt(at)) : -1;
      if (status < 0) {
        throw unreadable("a status letter expected");
      }
      at++;
      List<String> figures = new ArrayList<>();
      while (at < s.length() && s.charAt(at) == ',') {
        at++;
        figures.add(token());
      }
      List<CriterionFacts> alternatives = List.of();
      if (at < s.length() && s.charAt(at) == '(') {
        at++;
        alternatives = list();
        if (at >= s.length() || s.charAt(at) != ')') {
          throw unreadable("')' expected");
        }
        at++;
      }
      return new CriterionFacts(code, CriterionStatus.values()[status], figures, alternatives);
    }

    /** Up to the next structural character, unescaped. */
    private String token() {
      StringBuilder t = new StringBuilder();
      while (at < s.length() && ";,=()".indexOf(s.charAt(at)) < 0) {
        char ch = s.charAt(at++);
        if (ch == '%') {
          int hi = at + 1 < s.length() ? Character.digit(s.charAt(at), 16) : -1;
          int lo = hi < 0 ? -1 : Character.digit(s.charAt(at + 1), 16);
          if (lo < 0) {
            throw unreadable("a broken escape");
          }
          t.append((char) (hi << 4 | lo));
          at += 2;
        } else {
          t.append(ch);
        }
      }
      return t.toString();
    }

    IllegalArgumentException unreadable(String why) {
      return new IllegalArgumentException(
          "stored verdict facts do not read at " + at + ": " + why + " in \"" + s + "\"");
    }
  }
}
