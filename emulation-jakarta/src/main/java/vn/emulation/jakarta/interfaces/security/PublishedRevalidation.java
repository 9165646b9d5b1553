package vn.emulation.jakarta.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * HTTP caching of what the city publishes, where it is safe: a {@link PublicRead} answered to a
 * request without credentials carries a strong {@code ETag} (a digest of the answer's bytes, see
 * {@link PublishedTag}) and {@code Cache-Control: public, no-cache}, so a browser, the portal or a
 * shared cache keeps the answer but asks again each time, and a request naming the tag it holds
 * ({@code If-None-Match}) gets {@code 304 Not Modified} without a body. The tag is the answer's own
 * digest rather than a version kept beside the figures: a stored report, a reorganisation or a new
 * plan version changes the answer and so its tag, on every server sharing the database, and nothing
 * can forget to bump it. The bytes and their tag are kept ({@link RenderedAnswers}) under the key
 * {@link PublishedAnswers} computed before the resource ran, so the same question at the same audit
 * head is not rendered nor hashed again. An answer to a signed-in request stays {@code no-store}
 * ({@link SecurityHeaders}).
 */
@Provider
@ApplicationScoped
@PublicRead
@Priority(Priorities.HEADER_DECORATOR + 100)
public class PublishedRevalidation implements ContainerResponseFilter {

  static final String CACHE_CONTROL = "public, no-cache";
  static final String VARY = "Accept, Accept-Language";

  @Context Providers providers;
  @Inject RenderedAnswers answers;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || !response.hasEntity()
        || request.getProperty(PublishedAnswers.SERVED) != null) {
      // an answer served from the store already carries its tag and headers
      return;
    }
    byte[] body = bytes(response);
    if (body == null) {
      return;
    }
    PublishedTag tag = PublishedTag.of(body);
    if (request.getProperty(PublishedAnswers.KEY) instanceof PublishedAnswerKey key) {
      // kept under the head read before the resource ran: see PublishedAnswers
      answers.keep(
          key,
          new RenderedAnswer(
              body,
              tag,
              response.getMediaType(),
              response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE),
              response.getHeaderString("Content-Disposition")));
    }
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag.header());
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    if (tag.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      response.getHeaders().remove(HttpHeaders.CONTENT_DISPOSITION);
    } else {
      response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }
  }

  /** The answer as it would be written, or null when no writer takes it (left as it was). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] bytes(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (entity instanceof byte[] b) {
      return b;
    }
    if (entity instanceof StreamingOutput streaming) {
      streaming.write(out);
      return out.toByteArray();
    }
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            response.getEntityClass(),
            response.getEntityType(),
            response.getEntityAnnotations(),
            response.getMediaType());
    if (writer == null) {
      return null;
    }
    writer.writeTo(
        entity,
        response.getEntityClass(),
        response.getEntityType(),
        response.getEntityAnnotations(),
        response.getMediaType(),
        new MultivaluedHashMap<String, Object>(),
        out);
    return out.toByteArray();
  }
}
