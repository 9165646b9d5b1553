package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The web UI's policy (ADR 0028): what its pages need from their own origin, nothing inline. */
class UiPolicyTest {

  private static Map<String, String> directives(String policy) {
    return Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(d -> !d.isEmpty())
        .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
  }

  @Test
  void scriptsStylesAndCallsComeFromTheOriginOnlyAndNothingInline() {
    Map<String, String> d = directives(SecurityHeaders.uiPolicy("https://portal.kiengiang.gov.vn"));

    assertThat(d)
        .containsEntry("default-src", "'none'")
        .containsEntry("script-src", "'self'")
        .containsEntry("style-src", "'self'")
        .containsEntry("connect-src", "'self'")
        .containsEntry("img-src", "'self' data:")
        .containsEntry("frame-ancestors", "https://portal.kiengiang.gov.vn")
        .containsEntry("base-uri", "'none'");
    assertThat(String.join(" ", d.values())).doesNotContain("unsafe");
  }

  @Test
  void noConfiguredFramerMeansNobodyFramesTheUi() {
    assertThat(directives(SecurityHeaders.uiPolicy("  ")))
        .containsEntry("frame-ancestors", "'none'");
  }
}
