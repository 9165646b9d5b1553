package vn.emulation.jakarta.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One clock: no class of the adapter reads the system clock or the server's zone by itself, or
 * names Vietnam's zone again; "now" and "today" come from the {@code Clock} that {@link
 * ClockProducer} produces (ADR 0017). A scan of the sources, so that it needs no library.
 */
class OneClockTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final String PRODUCER = "ClockProducer.java";

  /** What reads the system clock or zone: a {@code now()} without a clock, and the rest. */
  private static final Pattern OFFENCE =
      Pattern.compile(
          String.join(
              "|",
              "\\b(?:Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|OffsetTime|ZonedDateTime"
                  + "|Year|YearMonth|MonthDay)\\s*\\.\\s*now\\s*\\(\\s*(?:\\)|Zone)",
              "systemDefault",
              "\\bClock\\s*\\.\\s*system",
              "currentTimeMillis",
              "TimeZone\\s*\\.\\s*getDefault",
              "\"Asia/Ho_Chi_Minh\""));

  /** The offending snippets of a source text, with their line numbers. */
  static List<String> offences(String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String code = lines[i].replaceFirst("^\\s*(//|\\*|/\\*\\*).*", "");
      Matcher m = OFFENCE.matcher(code);
      while (m.find()) {
        found.add((i + 1) + ": " + m.group());
      }
    }
    return found;
  }

  @Test
  void nothingButTheProducerReadsTheSystemClockOrZone() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals(PRODUCER))
          .forEach(p -> offences(read(p)).forEach(o -> offences.add(MAIN.relativize(p) + ":" + o)));
    }

    assertThat(offences).as("use the injected java.time.Clock (ClockProducer)").isEmpty();
  }

  @Test
  void theScanLooksAtTheWholeAdapter() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(100);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LocalDate today = LocalDate.now();",
        "Instant t = Instant.now();",
        "var t = OffsetDateTime.now(ZoneOffset.UTC);",
        "var d = LocalDate.now(ZoneId.of(\"UTC\"));",
        "Clock clock = Clock.systemDefaultZone();",
        "Clock clock = Clock.systemUTC();",
        "ZoneId zone = ZoneId.systemDefault();",
        "long t = System.currentTimeMillis();",
        "ZoneId v = ZoneId.of(\"Asia/Ho_Chi_Minh\");"
      })
  void theseReadTheSystemClockOrZone(String line) {
    assertThat(offences(line)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LocalDate today = LocalDate.now(clock);",
        "var t = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);",
        "// LocalDate.now() would be the server's day",
        " * {@code Instant.now()} is not used here"
      })
  void theseDoNot(String line) {
    assertThat(offences(line)).isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
