package vn.emulation.jakarta.application.upload;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

/**
 * How the problems of a measurement file are said, by its format and by its rules alike: one
 * refusal of the whole file, a cell's text quoted, a count grouped as each language writes it.
 */
public final class UploadProblems {

  /** What the refusals of a measurement file are about. */
  public static final String WHAT = "measurement file";

  private static final int SHOWN_LENGTH = 80;

  private UploadProblems() {}

  /** A refusal of the file with one problem. */
  public static InvalidInputException single(String path, LocalizedText reason) {
    return new InvalidInputException(WHAT, List.of(new Problem(path, reason)));
  }

  /** 999.900 in Vietnamese, 999,900 in English (a NumberFormat is not thread-safe: one each). */
  public static String grouped(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A cell's text as a message quotes it: in quotes, cut short when long. */
  public static String shown(String text) {
    String cut = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
    return "'" + cut + "'";
  }
}
