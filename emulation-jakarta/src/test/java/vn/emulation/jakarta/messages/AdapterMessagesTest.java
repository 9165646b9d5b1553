package vn.emulation.jakarta.messages;

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
import vn.emulation.core.common.MessageCatalogue;

/**
 * The adapter's catalogue against the adapter's code: both bundles hold the same keys with the same
 * arguments, the code uses every key and every key it uses exists, and no message is written inline
 * any more (ADR 0027).
 */
class AdapterMessagesTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** A key given to {@code Messages.text}, also either key of a {@code cond ? "a" : "b"}. */
  private static final Pattern KEY_USE =
      Pattern.compile(
          "AdapterMessages\\.text\\(\\s*(?:[^\";]*?\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Where Vietnamese may still be written in the adapter's code (ADR 0027): the OpenAPI
   * documentation (tag descriptions and examples: the contract, not what a reader is told), the
   * spreadsheet templates' sheet names and headers (part of the file format, bilingual in one cell,
   * and read back by the uploads), and the demo city's data.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("interfaces/rest/CommandDocumentation.java", Set.of("*")),
          // the sheet of a document's attached list, named as the document names it (ADR 0041)
          Map.entry("format/document/AwardeeWorkbook.java", Set.of("Danh sách")),
          Map.entry("interfaces/rest/DocumentVerificationResource.java", Set.of("*")),
          // the sample's test signer, named as a certificate subject (ADR 0042)
          Map.entry(
              "infrastructure/config/TestSigningKeys.java",
              Set.of("CN=Chủ tịch UBND phường Rạch Giá (test), O=emulation sample, C=VN")),
          Map.entry("interfaces/rest/EmulationApi.java", Set.of("*")),
          Map.entry("interfaces/rest/AuditResource.java", Set.of("*")),
          Map.entry("interfaces/rest/CallerResource.java", Set.of("*")),
          Map.entry("interfaces/rest/EvaluationResource.java", Set.of("*")),
          Map.entry("interfaces/rest/EvaluationRunResource.java", Set.of("*")),
          Map.entry("interfaces/rest/MeasurementResource.java", Set.of("*")),
          Map.entry("interfaces/rest/HistoryResource.java", Set.of("*")),
          Map.entry("interfaces/rest/RegistrationResource.java", Set.of("*")),
          Map.entry("interfaces/rest/ReportResource.java", Set.of("*")),
          Map.entry("interfaces/rest/NominationResource.java", Set.of("*")),
          Map.entry("interfaces/rest/AppraisalResource.java", Set.of("*")),
          Map.entry("interfaces/rest/OpenDataResource.java", Set.of("*")),
          Map.entry("interfaces/rest/OpenDataAnchorResource.java", Set.of("*")),
          Map.entry("interfaces/rest/NoticeResource.java", Set.of("*")),
          Map.entry("interfaces/rest/ParticipantResource.java", Set.of("*")),
          Map.entry("interfaces/rest/PlanResource.java", Set.of("*")),
          Map.entry("interfaces/rest/ProgressResource.java", Set.of("*")),
          Map.entry("interfaces/rest/UnitResource.java", Set.of("*")),
          Map.entry("application/upload/Column.java", Set.of("*")),
          Map.entry("application/participant/history/HistoryColumn.java", Set.of("*")),
          Map.entry("format/template/HistoryTemplate.java", Set.of("*")),
          Map.entry("format/template/IndicatorSheet.java", Set.of("*")),
          Map.entry("format/upload/XlsxSheet.java", Set.of("Số liệu")),
          Map.entry("format/template/MeasurementTemplate.java", Set.of("Chỉ tiêu")),
          Map.entry("format/template/UnitSheet.java", Set.of("*")));

  /**
   * The Vietnamese text of a cell's problem names the column in Vietnamese too, "Ô numerator (tử
   * số)"; the English one has no second name: one argument more, on purpose.
   */
  private static final List<String> NAMES_THE_COLUMN =
      List.of(
          "upload.cellRequiredButEmpty: arguments differ, vi [0, 1], en [0]",
          "upload.tooLarge: arguments differ, vi [0, 1, 2], en [0, 2]",
          "upload.wholeNumber: arguments differ, vi [0, 1, 2], en [0, 2]");

  /** The demo city is data, not messages. */
  private static final String DEMO = "demo/";

  /** A text given as two literals: {@code LocalizedText.of("…", "…")}. */
  private static final Pattern TWO_LITERALS =
      Pattern.compile("LocalizedText\\.of\\(\\s*\"[^\"]*\",\\s*\"[^\"]*\"\\)");

  private final MessageCatalogue catalogue = AdapterMessages.catalogue();

  @Test
  void bothBundlesHoldTheSameKeysWithVietnameseTextsAndTheSameArguments() {
    assertThat(catalogue.keys()).isNotEmpty().isEqualTo(catalogue.englishKeys());
    assertThat(catalogue.inconsistencies()).containsExactlyInAnyOrderElementsOf(NAMES_THE_COLUMN);
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
    return file.startsWith(DEMO) ? Set.of("*") : ALLOWED.getOrDefault(file, Set.of());
  }

  private static String withoutComments(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("(?m)^\\s*//.*$", "")
        .replaceAll("(?m)//[^\"\\n]*$", "");
  }

  /** The main sources by their path below the adapter's package, {@code plan/FieldType.java}. */
  private static Map<String, String> sources() {
    Path root = MAIN.resolve("vn/emulation/jakarta");
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
