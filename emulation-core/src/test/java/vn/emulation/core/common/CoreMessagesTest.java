package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's catalogue against the core's code: both bundles hold the same keys with the same
 * arguments, the code uses every key and every key it uses exists, and no message is written inline
 * any more (ADR 0027).
 */
class CoreMessagesTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** A key given to {@code Messages.text}, also either key of a {@code cond ? "a" : "b"}. */
  private static final Pattern KEY_USE =
      Pattern.compile(
          "Messages\\.text\\(\\s*(?:[^\";]*?\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Where Vietnamese may still be written in the code: the labels of the vocabulary enums (a
   * constant and its name in both languages belong together, ADR 0027), the one formatter's
   * currency, the catalogue's own test of what a Vietnamese letter is, and the wording of the
   * procedure's documents: an administrative document is written in Vietnamese only (Decree
   * 30/2020), its words are the document's text, not messages to a reader (ADR 0041).
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("award/AwardLevel.java", Set.of("*")),
          Map.entry("law/Confidence.java", Set.of("*")),
          Map.entry("law/Recipient.java", Set.of("*")),
          Map.entry("law/FormKind.java", Set.of("*")),
          Map.entry("law/Office.java", Set.of("*")),
          Map.entry("law/ExclusionGround.java", Set.of("*")),
          Map.entry("law/AwardType.java", Set.of("*")),
          Map.entry("law/TaskRating.java", Set.of("*")),
          Map.entry("law/InitiativeLevel.java", Set.of("*")),
          Map.entry("history/PrerequisiteStatus.java", Set.of("*")),
          Map.entry("award/OccasionType.java", Set.of("*")),
          Map.entry("evaluation/CriterionStatus.java", Set.of("*")),
          Map.entry("evaluation/Outcome.java", Set.of("*")),
          Map.entry("participant/ParticipantKind.java", Set.of("*")),
          Map.entry("plan/PlanStatus.java", Set.of("*")),
          Map.entry("target/Accumulation.java", Set.of("*")),
          Map.entry("target/AttainmentStatus.java", Set.of("*")),
          Map.entry("target/Comparator.java", Set.of("*")),
          Map.entry("target/Pillar.java", Set.of("*")),
          Map.entry("unit/UnitLevel.java", Set.of("*")),
          Map.entry(
              "evaluation/EvidenceShape.java",
              Set.of("tiêu chí khai báo", "tiêu chí đếm", "tiêu chí định mức")),
          Map.entry("evaluation/Formats.java", Set.of(" đồng")),
          Map.entry("common/MessageCatalogue.java", Set.of("*")),
          Map.entry("document/AdministrativeDocument.java", Set.of("*")),
          Map.entry("document/AwardDocuments.java", Set.of("*")),
          Map.entry("document/DocumentDate.java", Set.of("*")),
          Map.entry("document/DocumentKind.java", Set.of("*")));

  /** A text given as two literals: {@code LocalizedText.of("…", "…")}. */
  private static final Pattern TWO_LITERALS =
      Pattern.compile("LocalizedText\\.of\\(\\s*\"[^\"]*\",\\s*\"[^\"]*\"\\)");

  private final MessageCatalogue catalogue = Messages.catalogue();

  @Test
  void bothBundlesHoldTheSameKeysWithVietnameseTextsAndTheSameArguments() {
    assertThat(catalogue.keys()).isNotEmpty().isEqualTo(catalogue.englishKeys());
    assertThat(catalogue.inconsistencies()).isEmpty();
  }

  @Test
  void theCodeUsesEveryKeyAndEveryKeyItUsesExists() {
    Set<String> used = new TreeSet<>();
    Set<String> literals = new TreeSet<>();
    for (String source : sources().values()) {
      Matcher m = KEY_USE.matcher(source);
      while (m.find()) {
        used.add(m.group(1));
        if (m.group(2) != null) {
          used.add(m.group(2));
        }
      }
      Matcher l = LITERAL.matcher(source);
      while (l.find()) {
        literals.add(l.group(1));
      }
    }
    assertThat(used).as("keys the code uses").isNotEmpty();
    assertThat(catalogue.keys()).as("keys in the bundles").containsAll(used);
    assertThat(literals).as("literals of the main code").containsAll(catalogue.keys());
  }

  @Test
  void noMessageIsWrittenInlineOutsideTheVocabulary() {
    List<String> inline = new ArrayList<>();
    sources()
        .forEach(
            (file, source) -> {
              Set<String> allowed = allowedIn(file);
              Matcher l = LITERAL.matcher(withoutComments(source));
              while (l.find()) {
                String text = l.group(1);
                if (VIETNAMESE.matcher(text).find()
                    && !allowed.contains("*")
                    && !allowed.contains(text)) {
                  inline.add(file + ": \"" + text + "\"");
                }
              }
            });
    assertThat(inline).as("Vietnamese written inline: make it a key of messages_vi/en").isEmpty();
  }

  @Test
  void noTextIsMadeOfTwoLiteralsOutsideTheVocabulary() {
    List<String> inline = new ArrayList<>();
    sources()
        .forEach(
            (file, source) -> {
              Set<String> allowed = allowedIn(file);
              Matcher m = TWO_LITERALS.matcher(withoutComments(source));
              while (m.find()) {
                if (!allowed.contains("*")
                    && !m.group().equals("LocalizedText.of(\"null\", \"null\")")) {
                  inline.add(file + ": " + m.group());
                }
              }
            });
    assertThat(inline).as("LocalizedText.of(\"…\", \"…\") in the code: make it a key").isEmpty();
  }

  @Test
  void theGuardSeesAnInlineMessage() {
    Matcher l =
        LITERAL.matcher(
            withoutComments("problems.add(p, \"Mã bị trùng\", \"Duplicate\"); // không phải"));
    assertThat(l.find()).isTrue();
    assertThat(l.group(1)).isEqualTo("Mã bị trùng");
    assertThat(VIETNAMESE.matcher(l.group(1)).find()).isTrue();
    assertThat(withoutComments("x(); // Mã\n/* Mã */ y();")).doesNotContain("Mã");
    assertThat(TWO_LITERALS.matcher("x = LocalizedText.of(\"Ma\", \"Code\");").find()).isTrue();
  }

  private static Set<String> allowedIn(String file) {
    return ALLOWED.getOrDefault(file, Set.of());
  }

  private static String withoutComments(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("(?m)^\\s*//.*$", "")
        .replaceAll("(?m)//[^\"\\n]*$", "");
  }

  /** The main sources by their path below the core's package, {@code plan/PlanValidator.java}. */
  private static Map<String, String> sources() {
    Path root = MAIN.resolve("vn/emulation/core");
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, String> out = new java.util.TreeMap<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        out.put(
            root.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
      assertThat(out).isNotEmpty();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
