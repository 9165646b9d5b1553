package vn.emulation.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * Where a target's figure is heading: the value projected for a milestone's year from the yearly
 * figures so far, with an interval that says honestly how little a few yearly points tell, and
 * whether the target is on track, at risk or off track.
 *
 * <p>The method (docs/forecast.md): with the milestone's own year already reported, the figure is
 * the fact ({@link Method#OBSERVED}). Otherwise a straight line fitted by least squares through the
 * yearly points. Three points or more: the 95 % prediction interval of ordinary least squares
 * (Student's t with n − 2 degrees of freedom: 12.7 times the residual error for three points, 4.3
 * for four), {@link Method#LINEAR_TREND}. Two points fix a line but say nothing of its error, and
 * one point not even a direction: the interval is then every value the unit of measure allows
 * (0–100 for a percentage, from 0 and unbounded above for a count or an amount), {@link
 * Method#TWO_POINT_LINE} and {@link Method#LAST_VALUE}. Projections and bounds are held within the
 * values the unit allows.
 *
 * <p>The outlook: {@link Outlook#OFF_TRACK} when the projection misses the threshold; {@link
 * Outlook#ON_TRACK} when every value of the interval meets it; {@link Outlook#AT_RISK} when the
 * projection meets it but some value of the interval does not; {@link Outlook#UNKNOWN} without any
 * figure. A unit at risk of missing the milestone is one whose outlook is at risk or off track.
 *
 * @param year the milestone's year
 * @param method how the projection was made
 * @param points how many yearly figures it rests on
 * @param projected the projected value, two decimals; {@code null} without figures
 * @param low the interval's lower bound; {@code null} without figures
 * @param high its upper bound; {@code null} when unbounded or without figures
 * @param outlook on track, at risk, off track or unknown
 * @param reason why, in Vietnamese and English
 */
public record Forecast(
    int year,
    Method method,
    int points,
    BigDecimal projected,
    BigDecimal low,
    BigDecimal high,
    Outlook outlook,
    LocalizedText reason) {

  /** How a projection was made. */
  public enum Method {
    OBSERVED,
    LINEAR_TREND,
    TWO_POINT_LINE,
    LAST_VALUE,
    NONE
  }

  /** Where the target is heading. */
  public enum Outlook {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    UNKNOWN
  }

  /**
   * One year's figure.
   *
   * @param year the year
   * @param value the figure
   */
  public record Point(int year, BigDecimal value) {
    public Point {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };

  /**
   * The forecast of a target for {@code milestoneYear} from the yearly figures given (years after
   * the milestone are ignored; one figure per year, the last given wins).
   */
  public static Forecast of(
      List<Point> figures,
      int milestoneYear,
      vn.emulation.core.target.Comparator comparator,
      BigDecimal threshold,
      UnitOfMeasure unit) {
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(unit, "unit");
    TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
    for (Point p : figures) {
      if (p.year() <= milestoneYear) {
        byYear.put(p.year(), p.value());
      }
    }
    double floor = 0;
    double ceiling = unit == UnitOfMeasure.PERCENT ? 100 : Double.POSITIVE_INFINITY;
    int n = byYear.size();
    if (n == 0) {
      return new Forecast(
          milestoneYear,
          Method.NONE,
          0,
          null,
          null,
          null,
          Outlook.UNKNOWN,
          Messages.text("forecast.noFigure"));
    }
    if (byYear.containsKey(milestoneYear)) {
      BigDecimal v = byYear.get(milestoneYear);
      boolean meets = comparator.test(v, threshold);
      return new Forecast(
          milestoneYear,
          Method.OBSERVED,
          n,
          v,
          v,
          v,
          meets ? Outlook.ON_TRACK : Outlook.OFF_TRACK,
          Messages.text(
              meets ? "forecast.observed.met" : "forecast.observed.notMet", milestoneYear));
    }
    List<Point> points = new ArrayList<>();
    byYear.forEach((y, v) -> points.add(new Point(y, v)));
    points.sort(Comparator.comparingInt(Point::year));
    double projected;
    double low;
    double high;
    Method method;
    if (n == 1) {
      method = Method.LAST_VALUE;
      projected = points.get(0).value().doubleValue();
      low = floor;
      high = ceiling;
    } else {
      double meanX = points.stream().mapToInt(Point::year).average().orElseThrow();
      double meanY =
          points.stream().mapToDouble(p -> p.value().doubleValue()).average().orElseThrow();
      double sxx = 0;
      double sxy = 0;
      for (Point p : points) {
        sxx += (p.year() - meanX) * (p.year() - meanX);
        sxy += (p.year() - meanX) * (p.value().doubleValue() - meanY);
      }
      double slope = sxy / sxx;
      double intercept = meanY - slope * meanX;
      projected = intercept + slope * milestoneYear;
      if (n == 2) {
        method = Method.TWO_POINT_LINE;
        low = floor;
        high = ceiling;
      } else {
        method = Method.LINEAR_TREND;
        double sse = 0;
        for (Point p : points) {
          double e = p.value().doubleValue() - (intercept + slope * p.year());
          sse += e * e;
        }
        int df = n - 2;
        double s = Math.sqrt(sse / df);
        double t = df <= T95.length ? T95[df - 1] : 1.96;
        double dx = milestoneYear - meanX;
        double half = t * s * Math.sqrt(1 + 1.0 / n + dx * dx / sxx);
        low = projected - half;
        high = projected + half;
      }
    }
    projected = clamp(projected, floor, ceiling);
    low = clamp(low, floor, ceiling);
    high = clamp(high, floor, ceiling);
    BigDecimal p = decimal(projected);
    BigDecimal lo = decimal(low);
    BigDecimal hi = Double.isInfinite(high) ? null : decimal(high);
    Outlook outlook = outlook(comparator, threshold, p, lo, hi);
    return new Forecast(milestoneYear, method, n, p, lo, hi, outlook, reason(method, n, outlook));
  }

  /** Whether a unit is at risk of missing the target: at risk or off track. */
  public boolean atRisk() {
    return outlook == Outlook.AT_RISK || outlook == Outlook.OFF_TRACK;
  }

  private static Outlook outlook(
      vn.emulation.core.target.Comparator comparator,
      BigDecimal threshold,
      BigDecimal projected,
      BigDecimal low,
      BigDecimal high) {
    if (!comparator.test(projected, threshold)) {
      return Outlook.OFF_TRACK;
    }
    // the values meeting a threshold are one side of it (or the point itself, for "="): the whole
    // interval meets it when both its ends do
    boolean whole =
        comparator.test(low, threshold)
            && (high == null
                ? comparator != vn.emulation.core.target.Comparator.EQUAL
                : comparator.test(high, threshold));
    return whole ? Outlook.ON_TRACK : Outlook.AT_RISK;
  }

  private static LocalizedText reason(Method method, int n, Outlook outlook) {
    LocalizedText how =
        switch (method) {
          case LAST_VALUE -> Messages.text("forecast.method.lastValue");
          case TWO_POINT_LINE -> Messages.text("forecast.method.twoPoints");
          default -> Messages.text("forecast.method.linear", n);
        };
    String key =
        switch (outlook) {
          case OFF_TRACK -> "forecast.outlook.offTrack";
          case AT_RISK -> "forecast.outlook.atRisk";
          default -> "forecast.outlook.onTrack";
        };
    // each language's text goes on with the method said in that language
    return Messages.text(key, how.vi(), how.en());
  }

  private static double clamp(double v, double floor, double ceiling) {
    return Math.max(floor, Math.min(ceiling, v));
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN);
  }
}
