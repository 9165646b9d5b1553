package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/**
 * A year's rating of how well tasks were completed (mức độ hoàn thành nhiệm vụ), best first: the
 * law's "hoàn thành tốt nhiệm vụ trở lên" is {@code isAtLeast(GOOD)}.
 */
public enum TaskRating {
  EXCELLENT(LocalizedText.of("Hoàn thành xuất sắc nhiệm vụ", "Completed tasks excellently")),
  GOOD(LocalizedText.of("Hoàn thành tốt nhiệm vụ", "Completed tasks well")),
  COMPLETED(LocalizedText.of("Hoàn thành nhiệm vụ", "Completed tasks")),
  NOT_COMPLETED(LocalizedText.of("Không hoàn thành nhiệm vụ", "Did not complete tasks"));

  private final LocalizedText label;

  TaskRating(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }

  /** Whether this rating is {@code other} or better. */
  public boolean isAtLeast(TaskRating other) {
    return ordinal() <= other.ordinal();
  }
}
