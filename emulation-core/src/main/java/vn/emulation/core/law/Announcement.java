package vn.emulation.core.law;

import java.util.Objects;

/**
 * The public announcement of a form's nominees before the council meets (công khai, lấy ý kiến):
 * how many working days the list stays published. Immutable and thread-safe.
 *
 * @param workingDays the working days it stays published, at least 1
 * @param citation the provision that asks for it
 */
public record Announcement(int workingDays, Citation citation) {

  public Announcement {
    Objects.requireNonNull(citation, "citation");
  }
}
