package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Bad input, with every problem found: 400 and the list of fields. A write says that nothing was
 * stored; a read (GET, HEAD) only that the request has problems.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(InvalidInputException e) {
    if (e.truncated()) {
      // a file of a million bad rows: the first problems, and how many there are in all
      long total = e.problemsTotal();
      return Problems.response(
          400,
          "invalid-input",
          AdapterMessages.text("rest.inputNotValid"),
          AdapterMessages.text(
              "rest.problemsFoundOnlyFirst",
              String.format(VI, "%,d", total),
              String.format(Locale.ENGLISH, "%,d", total)),
          e.problems(),
          total,
          headers,
          uri);
    }
    return Problems.response(
        400,
        "invalid-input",
        AdapterMessages.text("rest.inputNotValid"),
        detail(e.problems().size(), request == null ? null : request.getMethod()),
        e.problems(),
        headers,
        uri);
  }

  /** "1 problem found; nothing was stored", "2 problems found in the request" … */
  static LocalizedText detail(int n, String method) {
    String problems = n + (n == 1 ? " problem" : " problems");
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return AdapterMessages.text("rest.request", n, problems);
    }
    return AdapterMessages.text("rest.foundNothingStored", n, problems);
  }
}
