package vn.emulation.devsignin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The sign-in's endpoints, all unauthenticated: the page, the demo users, the JWKS the server
 * verifies tokens with, and the token itself (JSON for scripts and tests, a form for the page).
 */
@Path("/")
public class SignInResource {

  private static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=UTF-8";

  @Inject DevSignIn signIn;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Produces(HTML_UTF8)
  public Response page() {
    return html(new SignInPage(uri.getBaseUri(), signIn.users()).render(null));
  }

  @GET
  @Path("users")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DemoUser> users() {
    return signIn.users();
  }

  @GET
  @Path("jwks.json")
  @Produces(MediaType.APPLICATION_JSON)
  public String jwks() {
    return signIn.jwks();
  }

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public MintedToken token(String body) {
    return signIn.mint(TokenRequestReader.fromJson(body));
  }

  /**
   * The page's form: answers the page again with the token shown when a browser asks for HTML, else
   * the same JSON as a JSON request ({@code curl -d user=admin}).
   */
  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces({MediaType.APPLICATION_JSON, HTML_UTF8})
  public Response tokenFromForm(MultivaluedMap<String, String> form) {
    MintedToken token = signIn.mint(TokenRequestReader.fromForm(form));
    if (wantsHtml()) {
      return html(new SignInPage(uri.getBaseUri(), signIn.users()).render(token));
    }
    return Response.ok(token, MediaType.APPLICATION_JSON).build();
  }

  /** The page is Vietnamese first (English beside it): say so, whatever the server's locale. */
  private static Response html(String page) {
    return Response.ok(page, HTML_UTF8).header(HttpHeaders.CONTENT_LANGUAGE, "vi").build();
  }

  /** Only a client that names text/html itself (a browser) gets the page; a wildcard gets JSON. */
  private boolean wantsHtml() {
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()));
  }
}
