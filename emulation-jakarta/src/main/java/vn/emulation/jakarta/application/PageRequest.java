package vn.emulation.jakarta.application;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Which page of a list a client asks for, checked against the server's maximum page size.
 *
 * @param page the page number, from 0
 * @param size how many items, 1 to the maximum
 */
public record PageRequest(int page, int size) {

  /** The request, or every problem with it at once. */
  public static PageRequest of(int page, int size, int maxSize) {
    List<Problem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new Problem("page", AdapterMessages.text("application.page.negative", page)));
    }
    if (size < 1 || size > maxSize) {
      problems.add(
          new Problem(
              "size", AdapterMessages.text("application.pageSizeLieWithin", maxSize, size)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("page request", problems);
    }
    return new PageRequest(page, size);
  }

  public int offset() {
    return page * size;
  }
}
