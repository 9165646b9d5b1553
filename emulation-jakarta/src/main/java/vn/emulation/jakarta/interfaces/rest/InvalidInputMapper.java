package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;

/**
 * Bad input, with every problem found: 400 and the list of fields. A write says that nothing was
 * stored; a read (GET, HEAD) only that the request has problems.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(InvalidInputException e) {
    return Problems.response(400, "invalid-input",
        LocalizedText.of("Dữ liệu gửi lên không hợp lệ", "The input is not valid"),
        detail(e.problems().size(), request == null ? null : request.getMethod()),
        e.problems(), headers, uri);
  }

  /** "1 problem found; nothing was stored", "2 problems found in the request" … */
  static LocalizedText detail(int n, String method) {
    String problems = n + (n == 1 ? " problem" : " problems");
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return LocalizedText.of("Yêu cầu có " + n + " lỗi", problems + " in the request");
    }
    return LocalizedText.of("Có " + n + " lỗi; không có gì được lưu",
        problems + " found; nothing was stored");
  }
}
