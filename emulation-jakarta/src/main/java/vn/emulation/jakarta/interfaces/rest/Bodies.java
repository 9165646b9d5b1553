package vn.emulation.jakarta.interfaces.rest;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.messages.AdapterMessages;

/** The problems of a request body as a whole: missing, too large, of the wrong type. */
final class Bodies {

  private Bodies() {}

  /** The body, which the operation requires. */
  static <T> T required(T body) {
    if (body == null) {
      throw missing();
    }
    return body;
  }

  static InvalidInputException missing() {
    return new InvalidInputException(
        "request", List.of(new Problem("body", AdapterMessages.text("rest.requestBodyMissing"))));
  }

  static InvalidInputException tooLarge(long limit) {
    return new InvalidInputException(
        "request",
        List.of(new Problem("body", AdapterMessages.text("rest.bodyExceedsLimit", limit))));
  }
}
