package vn.emulation.jakarta.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the web UI's signed-in pages need to know of this deployment and cannot read from a static
 * file: where a development sign-in lives, if any ({@code emulation.ui.dev-sign-in}, a same-origin
 * path such as {@code /dev-signin/}; the sample sets it, a production server never does, and the
 * pages then wait for the portal to hand them its token). Served as {@code /ui/settings.json}, so
 * {@link UiHeaders} gives it the UI's headers; it holds no secret.
 */
@WebServlet(urlPatterns = "/ui/settings.json")
public class UiSettings extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String DEV_SIGN_IN = "emulation.ui.dev-sign-in";

  private static final Pattern ORIGIN =
      Pattern.compile("https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?");

  private byte[] body;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    body =
        json(
            config.getOptionalValue(DEV_SIGN_IN, String.class),
            config.getOptionalValue(UiHeaders.FRAME_ANCESTORS, String.class).orElse("'self'"));
  }

  /**
   * The settings as JSON: {@code {"devSignIn": "/dev-signin/", "portalOrigins": [...]}}. A
   * development sign-in that is not a same-origin absolute path is left out: the pages send what it
   * mints to this server only, and the CSP would refuse another origin anyway. The portal origins
   * are those {@code frame-ancestors} names by scheme and host: the windows that may frame a page
   * are the ones whose messages may hand it a token.
   */
  static byte[] json(Optional<String> devSignIn, String frameAncestors) {
    JsonObjectBuilder settings = Json.createObjectBuilder();
    devSignIn
        .map(String::strip)
        .filter(UiSettings::isSameOriginPath)
        .ifPresent(p -> settings.add("devSignIn", p));
    JsonArrayBuilder origins = Json.createArrayBuilder();
    Arrays.stream(frameAncestors.strip().split("\\s+"))
        .filter(UiSettings::isOrigin)
        .distinct()
        .forEach(origins::add);
    settings.add("portalOrigins", origins);
    return settings.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code https://portal.example} or {@code http://host:8080}: no wildcard, path or keyword. */
  static boolean isOrigin(String source) {
    return ORIGIN.matcher(source).matches();
  }

  static boolean isSameOriginPath(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return false;
    }
    try {
      URI uri = new URI(path);
      return uri.getScheme() == null && uri.getAuthority() == null && uri.getQuery() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
