package vn.emulation.jakarta.format.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.LawRuleSet;

/**
 * The law's files the adapter ships: the rule set {@value #RULE_SET} (what LAW.md gives for the
 * forms the Rạch Giá plan uses and the titles they chain from, each rule with its article) and the
 * calendar {@value #HOLIDAYS} (the years LAW.md gives). Read once each; both are immutable.
 */
public final class BuiltInLaw {

  public static final String RULE_SET = "/law/vn-thi-dua-khen-thuong.json";
  public static final String HOLIDAYS = "/law/holidays-vn.json";

  private BuiltInLaw() {}

  /** The built-in rule set. */
  public static LawRuleSet ruleSet() {
    try (InputStream in = open(RULE_SET)) {
      return new LawJsonReader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in working-day calendar. */
  public static WorkingCalendar calendar() {
    try (InputStream in = open(HOLIDAYS)) {
      return new HolidaysJsonReader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = BuiltInLaw.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the built-in resource " + resource + " is missing");
    }
    return in;
  }
}
