package vn.emulation.jakarta.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URISyntaxException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Every other failure as a problem: not found, conflicts, JAX-RS errors (unknown path, wrong
 * method, wrong media type) and, last, anything unexpected — logged here, while the body says only
 * that it happened, never a stack trace or SQL.
 */
@Provider
public class ApplicationErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApplicationErrorMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context jakarta.ws.rs.core.Request request;

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = unwrap(e);
    if (cause instanceof InvalidInputException invalid) {
      InvalidInputMapper m = new InvalidInputMapper();
      m.headers = headers;
      m.uri = uri;
      m.request = request;
      return m.toResponse(invalid);
    }
    if (cause instanceof NotFoundException nf) {
      return problem(404, "not-found", AdapterMessages.text("rest.notFound"), nf.reason());
    }
    if (cause instanceof AccessDeniedException denied) {
      return problem(403, "forbidden", AdapterMessages.text("rest.forbidden"), denied.reason());
    }
    if (cause instanceof ConflictException c) {
      return problem(409, "conflict", AdapterMessages.text("rest.conflict"), c.reason());
    }
    if (cause instanceof CommandRefusedException refused) {
      return Problems.response(
          409,
          "command-refused",
          AdapterMessages.text("rest.conflict"),
          refused.reason(),
          List.of(),
          null,
          refused.allowed(),
          headers,
          uri);
    }
    if (cause instanceof PreconditionRequiredException pr) {
      return problem(
          428,
          "precondition-required",
          AdapterMessages.text("rest.preconditionRequired"),
          pr.reason());
    }
    if (cause instanceof PreconditionFailedException pf) {
      return problem(
          412,
          "precondition-failed",
          AdapterMessages.text("rest.recordChangedSinceRead"),
          pf.reason());
    }
    if (cause instanceof OptimisticLockException) {
      return problem(
          409,
          "concurrent-edit",
          AdapterMessages.text("rest.conflict"),
          AdapterMessages.text("rest.someoneElseChangedRecord"));
    }
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      String phrase =
          Response.Status.fromStatusCode(status) == null
              ? "HTTP " + status
              : Response.Status.fromStatusCode(status).getReasonPhrase();
      Response r =
          status == 401
              ? problem(401, "unauthorized", Problems.UNAUTHORIZED, Problems.UNAUTHORIZED_DETAIL)
              : status == 403
                  ? problem(403, "forbidden", Problems.FORBIDDEN, Problems.FORBIDDEN_DETAIL)
                  : problem(status, "http-" + status, LocalizedText.of(phrase, phrase), null);
      String challenge = w.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
      return challenge == null
          ? r
          : Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
    URISyntaxException badAddress = RequestTarget.syntaxError(e);
    if (badAddress != null) {
      // a request URI that is none, found by the runtime before MalformedRequestFilter could
      InvalidInputMapper m = new InvalidInputMapper();
      m.headers = headers;
      m.uri = uri;
      m.request = request;
      return m.toResponse(
          new InvalidInputException(
              "request address", List.of(RequestTarget.problemOf(badAddress))));
    }
    LOG.log(Level.SEVERE, "unexpected failure on " + (uri == null ? "?" : uri.getPath()), e);
    return problem(
        500,
        "internal",
        AdapterMessages.text("rest.internalError"),
        AdapterMessages.text("rest.errorLoggedTryAgain"));
  }

  private Response problem(int status, String kind, LocalizedText title, LocalizedText detail) {
    return Problems.response(status, kind, title, detail, List.of(), headers, uri);
  }

  /** EJB and transaction layers wrap what the application threw; find it. */
  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 8 && t != null; i++) {
      if (t instanceof NotFoundException
          || t instanceof ConflictException
          || t instanceof AccessDeniedException
          || t instanceof PreconditionFailedException
          || t instanceof PreconditionRequiredException
          || t instanceof CommandRefusedException
          || t instanceof InvalidInputException
          || t instanceof OptimisticLockException) {
        return t;
      }
      t = t.getCause();
    }
    return e;
  }
}
