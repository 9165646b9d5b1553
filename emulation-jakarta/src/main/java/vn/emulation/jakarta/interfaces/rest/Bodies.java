package vn.emulation.jakarta.interfaces.rest;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

/** The problems of a request body as a whole: missing, too large, of the wrong type. */
final class Bodies {

  private Bodies() {}

  static InvalidInputException missing() {
    return new InvalidInputException(
        "request",
        List.of(
            new Problem(
                "body",
                LocalizedText.of("Thiếu nội dung yêu cầu", "The request body is missing"))));
  }

  static InvalidInputException tooLarge(long limit) {
    return new InvalidInputException(
        "request",
        List.of(
            new Problem(
                "body",
                LocalizedText.of(
                    "Nội dung vượt quá giới hạn " + limit,
                    "The body exceeds the limit of " + limit))));
  }
}
