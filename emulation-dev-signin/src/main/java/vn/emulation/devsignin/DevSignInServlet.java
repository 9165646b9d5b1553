package vn.emulation.devsignin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sign-in's endpoints, all unauthenticated, as one plain servlet (declared in web.xml, loaded
 * at start-up; no JAX-RS, no CDI, so that the sample server starts it cheaply beside the emulation
 * WAR, ADR 0057): the page ({@code GET /}), the demo users ({@code GET /users}), the JWKS the
 * server verifies tokens with ({@code GET /jwks.json}) and the token itself ({@code POST /token},
 * JSON for scripts and tests, a form for the page).
 *
 * <p>The key pair is made when the servlet starts, not on the first request, so that the JWKS is
 * ready before the server verifies its first token. The token defaults are MicroProfile Config
 * properties ({@code dev-signin.issuer}, {@code dev-signin.audience}, {@code
 * dev-signin.lifetime-seconds}).
 */
public class DevSignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DevSignInServlet.class.getName());
  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";

  private transient SigningKey key;
  private transient DemoUsers users;
  private transient TokenMinter minter;
  private transient Jsonb jsonb;

  @Override
  public void init() throws ServletException {
    Config config = ConfigProvider.getConfig(DevSignInServlet.class.getClassLoader());
    String issuer = config.getValue("dev-signin.issuer", String.class);
    String audience = config.getValue("dev-signin.audience", String.class);
    long lifetimeSeconds = config.getValue("dev-signin.lifetime-seconds", Long.class);
    key = SigningKey.generate();
    users = DemoUsers.shipped();
    minter =
        new TokenMinter(
            key,
            users,
            new TokenSettings(issuer, audience, Duration.ofSeconds(lifetimeSeconds)),
            Clock.systemUTC());
    LOG.info(
        () ->
            "Development sign-in: key "
                + key.keyId()
                + ", issuer "
                + issuer
                + ", audience "
                + audience
                + ", "
                + users.all().size()
                + " demo users."
                + " For the sample only: production trusts the portal's tokens.");
  }

  @Override
  public void destroy() {
    if (jsonb != null) {
      try {
        jsonb.close();
      } catch (Exception e) {
        LOG.fine(() -> "closing JSON-B: " + e);
      }
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    switch (path(request)) {
      case "/" -> html(response, new SignInPage(base(request), users.all()).render(null));
      case "/users" -> json(response, 200, JSON, users.all());
      case "/jwks.json" -> text(response, 200, JSON, key.jwks());
      case "/token" -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = path(request);
    if (!"/token".equals(path)) {
      response.sendError(
          known(path)
              ? HttpServletResponse.SC_METHOD_NOT_ALLOWED
              : HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type = mediaType(request.getContentType());
    try {
      if (JSON.equals(type)) {
        json(response, 200, JSON, minter.mint(TokenRequestReader.fromJson(body(request))));
      } else if (FORM.equals(type)) {
        tokenFromForm(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
      }
    } catch (InvalidTokenRequestException e) {
      problem(request, response, e);
    }
  }

  /**
   * The page's form: answers the page again with the token shown when a browser asks for HTML, else
   * the same JSON as a JSON request ({@code curl -d user=admin}).
   */
  private void tokenFromForm(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, List<String>> form =
        request.getParameterMap().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, entry -> List.of(entry.getValue())));
    MintedToken token = minter.mint(TokenRequestReader.fromForm(form));
    if (wantsHtml(request.getHeader("Accept"))) {
      html(response, new SignInPage(base(request), users.all()).render(token));
    } else {
      json(response, 200, JSON, token);
    }
  }

  /** A token request with wrong fields: 400 problem+json naming each, in the reader's language. */
  private void problem(
      HttpServletRequest request, HttpServletResponse response, InvalidTokenRequestException e)
      throws IOException {
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Language.VIETNAMESE
            : Language.of(Collections.list(request.getLocales()));
    boolean en = locale.equals(Language.ENGLISH);
    int n = e.problems().size();
    ProblemBody body =
        new ProblemBody(
            "urn:emulation:problem:invalid-input",
            en ? "The token request is not valid" : "Yêu cầu cấp token không hợp lệ",
            400,
            en
                ? n + (n == 1 ? " problem" : " problems") + " found; no token was issued"
                : "Có " + n + " lỗi; không cấp token nào",
            request.getRequestURI(),
            e.problems().stream()
                .map(p -> new ProblemBody.FieldError(p.field(), p.reason(locale)))
                .toList());
    response.setHeader("Content-Language", locale.getLanguage());
    json(response, 400, ProblemBody.MEDIA_TYPE, body);
  }

  /** The path below the context root, {@code /} for the root itself. */
  static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null || info.isEmpty() ? "/" : info;
  }

  private static boolean known(String path) {
    return switch (path) {
      case "/", "/users", "/jwks.json", "/token" -> true;
      default -> false;
    };
  }

  /** The sign-in's base URI, {@code http://host:9080/dev-signin/}. */
  private static URI base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String info = request.getPathInfo();
    if (info != null && url.endsWith(info)) {
      url = url.substring(0, url.length() - info.length());
    }
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  /** The media type alone, lower case, without its parameters; {@code null} when absent. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  /** Only a client that names text/html itself (a browser) gets the page; a wildcard gets JSON. */
  static boolean wantsHtml(String accept) {
    if (accept == null) {
      return false;
    }
    for (String range : accept.split(",")) {
      if ("text/html".equals(mediaType(range))) {
        return true;
      }
    }
    return false;
  }

  private static String body(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The page is Vietnamese first (English beside it): say so, whatever the server's locale. */
  private static void html(HttpServletResponse response, String page) throws IOException {
    response.setHeader("Content-Language", "vi");
    text(response, 200, "text/html;charset=UTF-8", page);
  }

  private void json(HttpServletResponse response, int status, String type, Object value)
      throws IOException {
    text(response, status, type, jsonb().toJson(value));
  }

  private static void text(HttpServletResponse response, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(type.contains("charset") ? type : type + ";charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** JSON-B on first use, not at start-up. */
  private synchronized Jsonb jsonb() {
    if (jsonb == null) {
      jsonb = JsonbBuilder.create();
    }
    return jsonb;
  }
}
