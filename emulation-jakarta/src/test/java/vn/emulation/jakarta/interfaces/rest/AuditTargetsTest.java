package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.audit.AuditTargets;

/**
 * The audit log's targets are the API's paths: each template {@link AuditTargets} builds from is
 * the path of an operation, read from the resources' {@code @Path} annotations (the OpenAPI
 * document lists the same), and each target it builds is such a path filled in. A resource path
 * renamed without its target, or a target written by hand, fails here.
 */
class AuditTargetsTest {

  @Test
  void everyTemplateIsAPathOfTheApi() throws Exception {
    Set<String> api = apiPaths();
    for (String template : AuditTargets.TEMPLATES) {
      if (template.equals(AuditTargets.MEASUREMENT)) {
        // a reported value is read by query; its key lies below the collection that lists it
        assertThat(api).contains(shape("plans/{plan}/measurements"));
        assertThat(template).startsWith("plans/{plan}/measurements/");
      } else {
        assertThat(api).as(template).contains(shape(template));
      }
    }
  }

  @Test
  void everyTargetBuiltIsAFilledInPathOfTheApi() throws Exception {
    List<Pattern> paths = apiPaths().stream().map(AuditTargetsTest::pattern).toList();
    Map<String, String> built =
        Map.of(
            "unit", AuditTargets.unit("30730"),
            "planVersion", AuditTargets.planVersion("rach-gia", 2),
            "participant", AuditTargets.participant("rach-gia", "o1"),
            "evidence", AuditTargets.evidence("rach-gia", "o1", "ANNUAL-2023"),
            "upload", AuditTargets.upload("rach-gia", "u-1"),
            "evaluationRun", AuditTargets.evaluationRun("rach-gia", "ANNUAL-2023", "r-1"));
    built.forEach(
        (what, target) ->
            assertThat(paths.stream().anyMatch(p -> p.matcher(target).matches()))
                .as(what + ": " + target)
                .isTrue());
    assertThat(AuditTargets.upload("rach-gia", "u-1"))
        .isEqualTo("plans/rach-gia/measurements/uploads/u-1");
    assertThat(AuditTargets.planVersion("rach-gia", 2)).isEqualTo("plans/rach-gia/versions/2");
    assertThat(AuditTargets.measurement("rach-gia", "G2", "30730", 2024, ""))
        .isEqualTo("plans/rach-gia/measurements/G2/30730/2024");
    assertThat(AuditTargets.measurement("rach-gia", "G2", "30730", 2024, "nu"))
        .isEqualTo("plans/rach-gia/measurements/G2/30730/2024/nu");
  }

  @Test
  void noUseCaseWritesATargetByHand() throws Exception {
    // a path written as text in a use case is a target that no test holds against the API
    Pattern byHand =
        Pattern.compile("\"(plans|units)/|\"/(uploads|participants|evidence|versions)/");
    Path application = Path.of("src/main/java/vn/emulation/jakarta/application");
    try (var files = Files.walk(application)) {
      List<String> offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("AuditTargets.java"))
              .filter(f -> byHand.matcher(read(f)).find())
              .map(f -> f.getFileName().toString())
              .toList();
      assertThat(offenders).as("use cases that spell an API path").isEmpty();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation's path below {@code /api}, its variables unnamed: {@code units/{}}. */
  private static Set<String> apiPaths() throws Exception {
    Set<String> paths = new TreeSet<>();
    for (Method m : AccessRulesTest.operations()) {
      String path = m.getDeclaringClass().getAnnotation(jakarta.ws.rs.Path.class).value();
      jakarta.ws.rs.Path own = m.getAnnotation(jakarta.ws.rs.Path.class);
      if (own != null) {
        path = path + "/" + own.value();
      }
      paths.add(shape(path));
    }
    assertThat(paths).hasSizeGreaterThan(15);
    return paths;
  }

  /** A path without leading, trailing or doubled slashes, each variable written {@code {}}. */
  private static String shape(String path) {
    return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/").replaceAll("^/|/$", "");
  }

  private static Pattern pattern(String shape) {
    String[] parts = shape.split("\\{}", -1);
    StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      regex.append("[^/]+").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }
}
