package vn.emulation.core.history;

import java.util.Objects;
import vn.emulation.core.law.TaskRating;

/**
 * How well a participant completed its tasks in a year. Immutable.
 *
 * @param year the year rated
 * @param rating the rating
 */
public record YearRating(int year, TaskRating rating) {

  public YearRating {
    Objects.requireNonNull(rating, "rating");
  }
}
