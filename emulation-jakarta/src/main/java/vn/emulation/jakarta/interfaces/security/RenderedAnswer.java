package vn.emulation.jakarta.interfaces.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A published answer as it was written: its bytes, their tag and the headers the resource gave it
 * (its type, its language, the file name of an open-data file). The headers every answer gets
 * (security, CORS) are added again by their own filters when it is served again. Immutable: the
 * bytes are copied in, and handed only to JAX-RS's byte-array writer, which writes them as they are
 * (copying a city's answer on every request would cost what keeping it saves).
 */
final class RenderedAnswer {

  private final byte[] body;
  private final PublishedTag tag;
  private final MediaType type;
  private final String language;
  private final String disposition;

  RenderedAnswer(
      byte[] body, PublishedTag tag, MediaType type, String language, String disposition) {
    this.body = body.clone();
    this.tag = tag;
    this.type = type;
    this.language = language;
    this.disposition = disposition;
  }

  PublishedTag tag() {
    return tag;
  }

  /** The bytes kept, plus the headers, as counted against the store's budget. */
  long size() {
    return body.length + 256L;
  }

  /**
   * The answer to a request naming {@code ifNoneMatch}: 304 without a body when it names this tag,
   * else the bytes with their headers; either with the tag and the published caching headers.
   */
  Response response(String ifNoneMatch) {
    Response.ResponseBuilder b =
        tag.matches(ifNoneMatch) ? Response.notModified() : Response.ok(body, type);
    if (!tag.matches(ifNoneMatch)) {
      if (language != null) {
        b.header(HttpHeaders.CONTENT_LANGUAGE, language);
      }
      if (disposition != null) {
        b.header("Content-Disposition", disposition);
      }
    }
    return b.header(HttpHeaders.ETAG, tag.header())
        .header(HttpHeaders.CACHE_CONTROL, PublishedRevalidation.CACHE_CONTROL)
        .header(HttpHeaders.VARY, PublishedRevalidation.VARY)
        .build();
  }

  MediaType type() {
    return type;
  }

  /** The {@code Content-Language} it was rendered with, null when none was named. */
  String language() {
    return language;
  }

  String disposition() {
    return disposition;
  }

  /** Writes the bytes kept (not a copy) as the body of {@code response}, with their length. */
  void writeTo(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The bytes, a copy. */
  byte[] body() {
    return body.clone();
  }
}
