package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

/** A refused upload as a problem naming the field {@code file}: 413 or 415. */
@Provider
public class FileRefusedMapper implements ExceptionMapper<FileRefusedException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(FileRefusedException e) {
    boolean tooLarge = e.status() == 413;
    return Problems.response(
        e.status(),
        tooLarge ? "file-too-large" : "unsupported-file-type",
        tooLarge
            ? LocalizedText.of("Tệp quá lớn", "File too large")
            : LocalizedText.of("Kiểu tệp không được hỗ trợ", "Unsupported file type"),
        LocalizedText.of("Không có gì được lưu", "Nothing was stored"),
        List.of(new Problem("file", e.reason())),
        headers,
        uri);
  }
}
