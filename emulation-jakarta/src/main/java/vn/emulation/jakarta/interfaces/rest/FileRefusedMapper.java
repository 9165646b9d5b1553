package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.messages.AdapterMessages;

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
            ? AdapterMessages.text("rest.fileTooLarge")
            : AdapterMessages.text("rest.unsupportedFileType"),
        AdapterMessages.text("rest.nothingStored"),
        List.of(new Problem("file", e.reason())),
        headers,
        uri);
  }
}
