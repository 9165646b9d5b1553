package vn.emulation.core.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** What the procedure's tests share: files as the adapter describes them, and instants of a day. */
public final class Fixtures {

  private Fixtures() {}

  /** A file whose SHA-256 is 64 times {@code digit}. */
  public static FileReference file(String name, String mediaType, char digit) {
    return new FileReference(name, mediaType, 12_345, String.valueOf(digit).repeat(64));
  }

  public static FileReference pdf(String name) {
    return file(name + ".pdf", FileReference.PDF, 'a');
  }

  public static FileReference word(String name) {
    return file(
        name + ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        'b');
  }

  /** Nine in the morning of {@code day} in Vietnam. */
  public static Instant morningOf(LocalDate day) {
    return day.atTime(LocalTime.of(9, 0)).atZone(ActDay.VIETNAM).toInstant();
  }

  public static Instant morningOf(int year, int month, int day) {
    return morningOf(LocalDate.of(year, month, day));
  }
}
