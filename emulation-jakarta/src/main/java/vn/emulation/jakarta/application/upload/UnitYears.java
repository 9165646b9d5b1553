package vn.emulation.jakarta.application.upload;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The years a unit existed in, as an upload checks them: {@link #ALWAYS} for a unit whose dates do
 * not matter, and the wording of a period whose end may be open.
 */
public final class UnitYears {

  /** Every year: for callers that know unit codes but not their dates. */
  public static final YearPeriod ALWAYS = new YearPeriod(Integer.MIN_VALUE, Integer.MAX_VALUE);

  private UnitYears() {}

  /** Each code with {@link #ALWAYS}. */
  public static Map<String, YearPeriod> always(Set<String> unitCodes) {
    Map<String, YearPeriod> years = new HashMap<>();
    unitCodes.forEach(code -> years.put(code, ALWAYS));
    return years;
  }

  /** The period in words: {@code 2020–2024}, or from or until a year when one end is open. */
  public static String describe(YearPeriod years, boolean vi) {
    boolean open = years.last() == Integer.MAX_VALUE;
    if (open) {
      return in(AdapterMessages.text("upload.years.from", years.first()), vi);
    }
    if (years.first() == Integer.MIN_VALUE) {
      return in(AdapterMessages.text("upload.years.until", years.last()), vi);
    }
    return in(AdapterMessages.text("upload.years.between", years), vi);
  }

  private static String in(LocalizedText text, boolean vi) {
    return vi ? text.vi() : text.en();
  }
}
