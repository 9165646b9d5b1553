package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;

/** Bad input, with every problem found: 400 and the list of fields. Nothing was stored. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidInputException e) {
    int n = e.problems().size();
    return Problems.response(400, "invalid-input",
        LocalizedText.of("Dữ liệu gửi lên không hợp lệ", "The input is not valid"),
        LocalizedText.of("Có " + n + " lỗi; không có gì được lưu",
            n + " problem(s) found; nothing was stored"),
        e.problems(), headers, uri);
  }
}
