package vn.emulation.jakarta.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiSettingsTest {

  private static String json(String value) {
    return new String(
        UiSettings.json(Optional.ofNullable(value), "'self'"), StandardCharsets.UTF_8);
  }

  @Test
  void namesTheDevelopmentSignInWhenOneIsSet() {
    assertThat(json("/dev-signin/"))
        .isEqualTo("{\"devSignIn\":\"/dev-signin/\",\"portalOrigins\":[]}");
    assertThat(json("  /dev-signin/ "))
        .isEqualTo("{\"devSignIn\":\"/dev-signin/\",\"portalOrigins\":[]}");
  }

  @Test
  void saysNothingWithoutOne() {
    assertThat(json(null)).isEqualTo("{\"portalOrigins\":[]}");
  }

  @Test
  void ignoresAnythingButAPathOnThisOrigin() {
    assertThat(json("https://evil.example/token")).isEqualTo("{\"portalOrigins\":[]}");
    assertThat(json("//evil.example/")).isEqualTo("{\"portalOrigins\":[]}");
    assertThat(json("dev-signin/")).isEqualTo("{\"portalOrigins\":[]}");
    assertThat(json("/dev-signin/?next=x")).isEqualTo("{\"portalOrigins\":[]}");
    assertThat(json("/dev signin/")).isEqualTo("{\"portalOrigins\":[]}");
  }

  @Test
  void namesThePortalsThatMayFrameThePagesByTheirOrigins() {
    String json =
        new String(
            UiSettings.json(
                Optional.empty(),
                "'self' https://portal.kiengiang.gov.vn  http://localhost:8080 https://*.example"
                    + " https://portal.kiengiang.gov.vn/path 'none' data:"),
            StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(
            "{\"portalOrigins\":[\"https://portal.kiengiang.gov.vn\",\"http://localhost:8080\"]}");
  }
}
