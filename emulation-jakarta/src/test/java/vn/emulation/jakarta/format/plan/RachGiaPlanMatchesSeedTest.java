package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Rạch Giá plan file says what the seed plan says. The seed text (a copy of the issued plan,
 * kept under test resources) is parsed: every bullet of sections 2.1 (targets by 2023) and 2.2
 * (targets by 2025) gives its figures, each with the wording that qualifies it, and the figures are
 * matched in order with the indicators of the plan file. The plan file is read with plain JSON-P,
 * not with the project's reader, so that a bug in the reader cannot hide a bug in the data.
 */
class RachGiaPlanMatchesSeedTest {

  static final String PLAN = "/plans/rach-gia-2022-2025.json";
  static final String SEED = "/seed/ke-hoach-thi-dua-chuyen-doi-so-rach-gia-2022-2025.txt";

  /**
   * A percentage with the words that qualify it: "Tối thiểu 60%", "đạt tối thiểu 10%", "đạt trên
   * 70%", "Trên 90%", "đạt 85%", or none ("100% thủ tục …"). Only words right before the number
   * count: in "50% trên tổng số các cơ sở giáo dục" the "trên" means "out of", not "more than".
   */
  static final Pattern FIGURE =
      Pattern.compile(
          "(?:(đạt|tối thiểu|trên)\\s+)?(?:(tối thiểu|trên)\\s+)?(\\d+(?:[.,]\\d+)?)\\s*%",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final Pattern PILLAR_HEADING = Pattern.compile("^[a-z]\\) Về (.+)$");

  static JsonObject plan;
  static List<String> seedLines;
  static String seedText;

  /** A figure of the seed: where it stands, how it is worded, and what it means. */
  record SeedFigure(
      int milestoneYear,
      int position,
      String pillar,
      String bullet,
      String wording,
      String comparator,
      BigDecimal threshold) {}

  @BeforeAll
  static void load() {
    try (InputStream in = resource(PLAN);
        JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      plan = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = resource(SEED)) {
      seedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    seedLines = seedText.lines().map(String::strip).collect(Collectors.toList());
  }

  private static InputStream resource(String name) {
    InputStream in = RachGiaPlanMatchesSeedTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  // ---------------------------------------------------------------------------------------------
  // The seed parser

  /** The figures of the section that starts with {@code heading}, up to {@code end}, in order. */
  static List<SeedFigure> figures(int milestoneYear, String heading, String end) {
    int from = indexOfLineStartingWith(heading, 0);
    int to = indexOfLineStartingWith(end, from + 1);
    List<SeedFigure> figures = new ArrayList<>();
    String pillar = null;
    StringBuilder bullet = null;
    List<String[]> bullets = new ArrayList<>(); // {pillar, text}
    for (String line : seedLines.subList(from + 1, to)) {
      Matcher h = PILLAR_HEADING.matcher(line);
      if (h.matches()) {
        flush(bullets, pillar, bullet);
        bullet = null;
        pillar = pillarOf(h.group(1));
      } else if (line.startsWith("- ")) {
        flush(bullets, pillar, bullet);
        bullet = new StringBuilder(line.substring(2).strip());
      } else if (!line.isEmpty() && bullet != null) {
        // a bullet broken over lines (the G5 bullet of 2.1 is): the rest of the same bullet
        bullet.append(' ').append(line);
      }
    }
    flush(bullets, pillar, bullet);
    for (String[] b : bullets) {
      Matcher m = FIGURE.matcher(b[1]);
      while (m.find()) {
        String wording = m.group().strip();
        BigDecimal threshold = new BigDecimal(m.group(3).replace(',', '.'));
        figures.add(
            new SeedFigure(
                milestoneYear,
                figures.size(),
                b[0],
                b[1],
                wording,
                comparatorOf(m.group(1), m.group(2), threshold),
                threshold));
      }
    }
    return figures;
  }

  private static void flush(List<String[]> bullets, String pillar, StringBuilder bullet) {
    if (bullet != null) {
      if (pillar == null) {
        fail("a target bullet before any pillar heading: " + bullet);
      }
      bullets.add(new String[] {pillar, bullet.toString()});
    }
  }

  /**
   * The seed's wording read as the plan defines it (DOMAIN.md, Comparator): "trên X%" is more than
   * X; "tối thiểu X%" and "đạt X%" are at least X; a bare "100%" is exactly 100. A bare figure
   * below 100 occurs once per milestone, as the second figure of the work-files bullet ("100% hồ sơ
   * công việc cấp thành phố, 80% hồ sơ công việc cấp phường, xã"): a floor, so at least X.
   */
  static String comparatorOf(String first, String second, BigDecimal threshold) {
    String words =
        ((first == null ? "" : first) + " " + (second == null ? "" : second))
            .toLowerCase(java.util.Locale.ROOT);
    if (words.contains("trên")) {
      return "GREATER_THAN";
    }
    if (words.contains("tối thiểu") || words.contains("đạt")) {
      return "AT_LEAST";
    }
    return threshold.compareTo(BigDecimal.valueOf(100)) == 0 ? "EQUAL" : "AT_LEAST";
  }

  static String pillarOf(String heading) {
    switch (heading.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "chính quyền số":
        return "DIGITAL_GOVERNMENT";
      case "kinh tế số":
        return "DIGITAL_ECONOMY";
      case "xã hội số":
        return "DIGITAL_SOCIETY";
      default:
        throw new IllegalStateException("unknown pillar heading: " + heading);
    }
  }

  static int indexOfLineStartingWith(String prefix, int from) {
    for (int i = from; i < seedLines.size(); i++) {
      if (seedLines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("the seed has no line starting with \"" + prefix + "\"");
  }

  static List<SeedFigure> seed2023() {
    return figures(2023, "2.1. Mục tiêu cụ thể đến năm 2023", "2.2. Mục tiêu cụ thể đến năm 2025");
  }

  static List<SeedFigure> seed2025() {
    return figures(2025, "2.2. Mục tiêu cụ thể đến năm 2025", "III. NỘI DUNG THI ĐUA");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers on the plan file

  static List<JsonObject> objects(JsonObject parent, String key) {
    return parent.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
  }

  static String vi(JsonObject owner, String key) {
    return owner.getJsonObject(key).getString("vi");
  }

  static List<String> indicatorCodes() {
    return objects(plan, "indicators").stream()
        .map(i -> i.getString("code"))
        .collect(Collectors.toList());
  }

  static JsonObject indicator(String code) {
    return objects(plan, "indicators").stream()
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  static List<JsonObject> targets(String indicator, int milestoneYear) {
    return objects(plan, "targets").stream()
        .filter(t -> t.getString("indicator").equals(indicator))
        .filter(t -> t.getInt("milestoneYear") == milestoneYear)
        .collect(Collectors.toList());
  }

  static JsonObject target(String indicator, int milestoneYear) {
    List<JsonObject> found = targets(indicator, milestoneYear);
    assertThat(found)
        .as("targets of %s for %d in the plan file", indicator, milestoneYear)
        .hasSize(1);
    return found.get(0);
  }

  // ---------------------------------------------------------------------------------------------
  // Targets, figure by figure

  @Test
  void theSeedGivesOneFigurePerIndicatorForEachMilestone() {
    assertThat(seed2023()).hasSize(27);
    assertThat(seed2025()).hasSize(27);
  }

  @Test
  void theParserReadsTheBulletsThatCarrySeveralFigures() {
    List<SeedFigure> f2023 = seed2023();
    // "100% hồ sơ công việc cấp thành phố, 80% hồ sơ công việc cấp phường, xã …"
    assertThat(f2023.get(6).bullet()).isEqualTo(f2023.get(7).bullet());
    assertThat(f2023.get(6).bullet()).startsWith("100% hồ sơ công việc cấp thành phố, 80%");
    // 2025: one bullet for signed documents, city work files and ward work files
    List<SeedFigure> f2025 = seed2025();
    assertThat(f2025.get(5).bullet())
        .isEqualTo(f2025.get(6).bullet())
        .isEqualTo(f2025.get(7).bullet())
        .contains("chữ ký số chuyên dùng")
        .contains("100% hồ sơ công việc cấp thành phố và 90% hồ sơ công việc cấp phường, xã");
    // the G5 bullet of 2.1 is broken over two lines and still read as one
    assertThat(f2023.get(4).bullet()).contains("tự động điền dữ liệu sẵn có của người dùng");
    // "đạt tối thiểu 50% trên tổng số …": the "trên" after the figure is not "more than"
    assertThat(f2023.get(17).bullet()).contains("50% trên tổng số");
    assertThat(f2023.get(17).comparator()).isEqualTo("AT_LEAST");
  }

  @TestFactory
  Stream<DynamicTest> everyTargetMatchesTheSeed() {
    List<String> codes = indicatorCodes();
    List<SeedFigure> all = new ArrayList<>(seed2023());
    all.addAll(seed2025());
    assertThat(all).as("figures in sections 2.1 and 2.2 of the seed").hasSize(2 * codes.size());
    return all.stream()
        .map(
            f -> {
              String code = codes.get(f.position());
              String name =
                  String.format(
                      "%d %s: «%s» in «%s» = %s %s",
                      f.milestoneYear(),
                      code,
                      f.wording(),
                      abbreviate(f.bullet()),
                      f.comparator(),
                      f.threshold().toPlainString());
              return dynamicTest(name, () -> assertTargetMatches(code, f));
            });
  }

  private static void assertTargetMatches(String code, SeedFigure f) {
    JsonObject t = target(code, f.milestoneYear());
    String where = f.milestoneYear() + " " + code + " (seed: «" + f.wording() + "»)";
    assertThat(t.getString("comparator")).as("comparator of %s", where).isEqualTo(f.comparator());
    BigDecimal threshold = t.getJsonNumber("threshold").bigDecimalValue();
    assertThat(threshold).as("threshold of %s", where).isEqualByComparingTo(f.threshold());
    assertThat(indicator(code).getString("pillar"))
        .as("pillar of %s (the seed states it under the heading of that pillar)", code)
        .isEqualTo(f.pillar());
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }

  @Test
  void twentySevenPercentIndicatorsAndFiftyFourTargets() {
    assertThat(indicatorCodes())
        .containsExactly(
            "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "E1", "E2", "E3", "E4",
            "E5", "E6", "E7", "E8", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9");
    assertThat(objects(plan, "indicators"))
        .allSatisfy(i -> assertThat(i.getString("unit")).isEqualTo("PERCENT"));
    assertThat(objects(plan, "targets")).hasSize(54);
    for (String code : indicatorCodes()) {
      target(code, 2023);
      target(code, 2025);
    }
    assertThat(objects(plan, "milestones"))
        .extracting(m -> m.getInt("year"))
        .containsExactly(2023, 2025);
  }

  @Test
  void scopesFollowTheSeed() {
    for (int year : new int[] {2023, 2025}) {
      // "hồ sơ công việc cấp thành phố": the city, a district-level unit under the province
      assertThat(strings(target("G7", year).getJsonObject("scope").getJsonArray("levels")))
          .containsExactly("DISTRICT");
      // "hồ sơ công việc cấp phường, xã"
      assertThat(strings(target("G8", year).getJsonObject("scope").getJsonArray("levels")))
          .containsExactly("COMMUNE");
      // "trong từng ngành, lĩnh vực": every sector
      assertThat(target("E2", year).getJsonObject("scope").getBoolean("eachBreakdown")).isTrue();
    }
    assertThat(seedText)
        .contains("100% hồ sơ công việc cấp thành phố")
        .contains("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực");
  }

  // ---------------------------------------------------------------------------------------------
  // Identity, awards, occasions

  @Test
  void movementAndThemeAreTheSeedsWithTheirDiacritics() {
    String movement = vi(plan, "movement");
    assertThat(movement).isEqualTo("Rạch Giá thực hiện chương trình Chuyển đổi số");
    assertThat(vi(plan, "theme")).isEqualTo("Xây dựng Chính quyền số, kinh tế số và xã hội số");
    // as quoted by the seed's title line and its opening paragraph
    assertThat(seedText)
        .contains("phong trào thi đua “" + movement + "” giai đoạn 2022-2025")
        .contains("với chủ đề “" + vi(plan, "theme") + "”");
    assertThat(plan.getString("code")).isEqualTo("rach-gia-2022-2025");
    assertThat(plan.getInt("version")).isEqualTo(1);
    assertThat(plan.getString("status")).isEqualTo("IN_FORCE");
    assertThat(plan.get("documentNumber")).isEqualTo(JsonValue.NULL);
    assertThat(plan.get("issuedOn")).isEqualTo(JsonValue.NULL);
    assertThat(plan.getJsonObject("period").getInt("first")).isEqualTo(2022);
    assertThat(plan.getJsonObject("period").getInt("last")).isEqualTo(2025);
    // precomposed (NFC) text, as in the seed, so that comparisons and searches work
    assertThat(Normalizer.isNormalized(movement, Normalizer.Form.NFC)).isTrue();
    assertThat(movement.codePoints())
        .contains((int) 'ạ', (int) 'ự', (int) 'ư', (int) 'ơ', (int) 'đ', (int) 'ổ');
  }

  @Test
  void fourAwardFormsWithTheSeedsDossierCopies() {
    Map<String, Integer> copies = new LinkedHashMap<>();
    Map<String, String> levels = new LinkedHashMap<>();
    for (JsonObject f : objects(plan, "awardForms")) {
      copies.put(f.getString("code"), f.getInt("copies"));
      levels.put(f.getString("code"), f.getString("level"));
    }
    assertThat(copies)
        .containsExactly(
            Map.entry("GIAY_KHEN_CHU_TICH_TP", 1),
            Map.entry("BANG_KHEN_CHU_TICH_TINH", 3),
            Map.entry("BANG_KHEN_THU_TUONG", 5),
            Map.entry("HUAN_CHUONG_LAO_DONG_HANG_BA", 5));
    // V.2 of the seed: "- a) Huân chương Lao động: 05 bộ." …
    Map<String, String> levelOfSeedName =
        Map.of(
            "Huân chương Lao động", "STATE",
            "Bằng khen Thủ tướng Chính phủ", "GOVERNMENT",
            "Bằng khen Chủ tịch UBND tỉnh", "PROVINCE",
            "Giấy khen Chủ tịch UBND thành phố", "CITY");
    Pattern count = Pattern.compile("^- [a-d]\\) (.+): (\\d+) bộ\\.$");
    Map<String, Integer> seedCopiesByLevel = new LinkedHashMap<>();
    int from = indexOfLineStartingWith("2. Số lượng hồ sơ", 0);
    for (String line : seedLines.subList(from, indexOfLineStartingWith("3. ", from))) {
      Matcher m = count.matcher(line);
      if (m.matches()) {
        seedCopiesByLevel.put(levelOfSeedName.get(m.group(1)), Integer.parseInt(m.group(2)));
      }
    }
    assertThat(seedCopiesByLevel)
        .containsOnly(
            Map.entry("STATE", 5), Map.entry("GOVERNMENT", 5),
            Map.entry("PROVINCE", 3), Map.entry("CITY", 1));
    for (Map.Entry<String, Integer> e : copies.entrySet()) {
      assertThat(e.getValue())
          .as("copies of %s", e.getKey())
          .isEqualTo(seedCopiesByLevel.get(levels.get(e.getKey())));
    }
    for (JsonObject f : objects(plan, "awardForms")) {
      assertThat(f.getBoolean("decidedLocally"))
          .as("%s decided by the city", f.getString("code"))
          .isEqualTo(f.getString("level").equals("CITY"));
      assertThat(strings(f.getJsonArray("recipients"))).containsExactly("COLLECTIVE", "INDIVIDUAL");
      assertThat(objects(f, "dossier"))
          .extracting(d -> d.getString("code"))
          .containsExactly("PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT");
    }
  }

  @Test
  void theThreeKindsOfOccasion() {
    List<JsonObject> occasions = objects(plan, "occasions");
    assertThat(occasions)
        .extracting(o -> o.getString("type"))
        .contains("ANNUAL", "INTERIM", "FINAL");
    assertThat(occasions)
        .extracting(o -> o.getString("code"))
        .containsExactly(
            "ANNUAL-2022",
            "ANNUAL-2023",
            "ANNUAL-2024",
            "ANNUAL-2025",
            "INTERIM-2023",
            "FINAL-2025");
    Map<String, JsonObject> byCode =
        occasions.stream().collect(Collectors.toMap(o -> o.getString("code"), o -> o));
    // sơ kết in Q4 2023, tổng kết in Q4 2025, with the higher forms ("và các hình thức khen thưởng
    // cao hơn")
    assertThat(byCode.get("INTERIM-2023").getString("heldFrom")).isEqualTo("2023-10-01");
    assertThat(byCode.get("FINAL-2025").getString("heldUntil")).isEqualTo("2025-12-31");
    assertThat(strings(byCode.get("FINAL-2025").getJsonArray("awardForms"))).hasSize(4);
    assertThat(strings(byCode.get("ANNUAL-2024").getJsonArray("awardForms")))
        .containsExactly("GIAY_KHEN_CHU_TICH_TP", "BANG_KHEN_CHU_TICH_TINH");
    assertThat(byCode.get("ANNUAL-2024").getInt("milestoneYear")).isEqualTo(2025);
    assertThat(seedText).contains("vào quý IV năm 2023").contains("vào quý IV năm 2025");
  }

  @Test
  void theParametersTheSeedLeavesOpenAreUnset() {
    assertThat(objects(plan, "parameters"))
        .allSatisfy(p -> assertThat(p.get("value")).isEqualTo(JsonValue.NULL));
    JsonObject wardTargets =
        objects(plan, "criteria").stream()
            .filter(c -> c.getString("code").equals("B-TARGETS"))
            .findFirst()
            .orElseThrow();
    // 3.2.2 b) lists, in this order, the government, then the society targets a ward may meet
    assertThat(strings(wardTargets.getJsonArray("indicators")))
        .containsExactly("G1", "G3", "G6", "G10", "S1", "S2", "S4", "S8", "S3", "S6", "S7");
    assertThat(seedText).contains("Hoàn thành đạt một số mục tiêu cụ thể");
  }

  @Test
  void theOfficialsCategoryIsTheSeedsFirstGroupOfIndividuals() {
    // IV.1 b: "Cán bộ, công chức, viên chức và người lao động, doanh nhân, trí thức, …"
    String individuals = seedLines.get(indexOfLineStartingWith("b) Cá nhân: ", 0));
    JsonObject officials =
        objects(plan, "categories").stream()
            .filter(c -> c.getString("code").equals("OFFICIALS"))
            .findFirst()
            .orElseThrow();

    assertThat(vi(officials, "name")).isEqualTo("Cán bộ, công chức, viên chức và người lao động");
    assertThat(individuals).startsWith("b) Cá nhân: " + vi(officials, "name") + ", doanh nhân");
    assertThat(officials.getJsonObject("name").getString("en"))
        .isEqualTo("Officials, civil servants, public employees and workers");
  }

  @Test
  void theSchoolCriteriaSplitFromOneSeedItemKeepItsVerb() {
    // 3.2.2 d: "Thực hiện mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số
    // mở đối với các cơ sở giáo dục."
    String item = seedLines.get(indexOfLineStartingWith("- Thực hiện mô hình quản trị số", 0));
    String suffix = " đối với các cơ sở giáo dục.";
    assertThat(item).endsWith(suffix);
    List<String> parts =
        List.of(
            item.substring("- Thực hiện ".length(), item.length() - suffix.length()).split(", "));
    assertThat(parts)
        .containsExactly(
            "mô hình quản trị số", "hoạt động số", "chuẩn hóa dữ liệu số", "kho học liệu số mở");
    Map<String, String> names =
        allCriteria().stream()
            .collect(Collectors.toMap(c -> c.getString("code"), c -> vi(c, "name")));

    assertThat(names.get("D-OPEN-REPOSITORY"))
        .isEqualTo("Thực hiện " + parts.get(3) + " đối với các cơ sở giáo dục");
    assertThat(names.get("D-DIGITAL-GOVERNANCE"))
        .isEqualTo("Thực hiện " + parts.get(0) + " đối với các cơ sở giáo dục");
    assertThat(names.get("D-DIGITAL-OPERATIONS"))
        .isEqualTo("Thực hiện " + parts.get(1) + " đối với các cơ sở giáo dục");
    assertThat(names.get("D-STANDARD-DATA")).startsWith("Chuẩn hóa dữ liệu số");
  }

  @Test
  void theGiayKhenIsACertificateOfCommendationAndEachBangKhenACertificateOfMerit() {
    Map<String, JsonObject> forms =
        objects(plan, "awardForms").stream()
            .collect(Collectors.toMap(f -> f.getString("code"), f -> f));
    // IV.2: "Giấy khen của Chủ tịch Ủy ban nhân dân thành phố", "Bằng khen của Chủ tịch Ủy ban
    // nhân dân tỉnh"; V.2 names the Prime Minister's Bằng khen
    assertThat(seedText)
        .contains("Giấy khen của Chủ tịch Ủy ban nhân dân thành phố")
        .contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
        .contains("Bằng khen Thủ tướng Chính phủ");

    JsonObject giayKhen = forms.get("GIAY_KHEN_CHU_TICH_TP");
    assertThat(vi(giayKhen, "name")).isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân thành phố");
    assertThat(giayKhen.getJsonObject("name").getString("en"))
        .isEqualTo("Certificate of Commendation of the Chairman of the city People's Committee");
    for (String bangKhen : List.of("BANG_KHEN_CHU_TICH_TINH", "BANG_KHEN_THU_TUONG")) {
      assertThat(vi(forms.get(bangKhen), "name")).startsWith("Bằng khen");
      assertThat(forms.get(bangKhen).getJsonObject("name").getString("en"))
          .startsWith("Certificate of Merit");
    }
    for (JsonObject f : forms.values()) {
      String en = f.getJsonObject("name").getString("en");
      assertThat(en.startsWith("Certificate of Commendation"))
          .as("%s: only a Giấy khen is a Certificate of Commendation", en)
          .isEqualTo(vi(f, "name").startsWith("Giấy khen"));
    }
  }

  @Test
  void theProvincialBangKhenAsksForTheNormInTheAnnualRoundOnly() {
    // IV.2 a (annual): "… có thành tích xuất sắc, có đóng góp … đạt định mức …"; b and c (the
    // interim and final reviews): "… có những đóng góp tiêu biểu … theo quy định của Hội đồng …"
    String flat = seedText.replaceAll("\\s+", " ");
    String annual = between(flat, "a) Khen thưởng hàng năm", "b) Khen thưởng sơ kết");
    String interim = between(flat, "b) Khen thưởng sơ kết", "c) Khen thưởng tổng kết");
    String last = between(flat, "c) Khen thưởng tổng kết", "3. Tiêu chuẩn thi đua");
    assertThat(annual).contains("có thành tích xuất sắc").contains("đạt định mức");
    for (String review : List.of(interim, last)) {
      assertThat(review).contains("có những đóng góp tiêu biểu").doesNotContain("định mức");
    }
    JsonObject bangKhen =
        objects(plan, "awardForms").stream()
            .filter(f -> f.getString("code").equals("BANG_KHEN_CHU_TICH_TINH"))
            .findFirst()
            .orElseThrow();
    Map<String, JsonObject> criteria =
        allCriteria().stream().collect(Collectors.toMap(c -> c.getString("code"), c -> c));

    assertThat(strings(bangKhen.getJsonArray("criteria")))
        .doesNotContain("PROV-EXCELLENT", "PROV-CONTRIBUTION-NORM", "PROV-TYPICAL-CONTRIBUTION");
    List<JsonObject> groups = objects(bangKhen, "occasionCriteria");
    assertThat(groups)
        .extracting(
            g -> strings(g.getJsonArray("occasions")), g -> strings(g.getJsonArray("criteria")))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                List.of("ANNUAL"), List.of("PROV-EXCELLENT", "PROV-CONTRIBUTION-NORM")),
            org.assertj.core.groups.Tuple.tuple(
                List.of("INTERIM", "FINAL"), List.of("PROV-TYPICAL-CONTRIBUTION")));
    JsonObject typical = criteria.get("PROV-TYPICAL-CONTRIBUTION");
    assertThat(typical.getString("kind")).isEqualTo("DECLARATION");
    assertThat(strings(typical.getJsonArray("appliesTo"))).isEmpty();
    String quoted = vi(typical, "name");
    String lowerFirst =
        quoted.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + quoted.substring(1);
    assertThat(interim).contains(lowerFirst);
    assertThat(last).contains(lowerFirst);
    assertThat(annual)
        .contains(vi(criteria.get("PROV-CONTRIBUTION-NORM"), "name").substring("Có ".length()));
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start + 1);
    assertThat(start).as("seed has «%s»", from).isNotNegative();
    assertThat(end).as("seed has «%s» after «%s»", to, from).isGreaterThan(start);
    return text.substring(start, end);
  }

  // ---------------------------------------------------------------------------------------------
  // Quoted text

  /**
   * Criteria whose wording is not a quotation of the seed: from the law, or split from one item.
   */
  static final Set<String> NOT_QUOTED =
      Set.of(
          "D-DIGITAL-GOVERNANCE",
          "D-DIGITAL-OPERATIONS",
          "D-STANDARD-DATA",
          "D-OPEN-REPOSITORY",
          "PM-PRIOR-BANG-KHEN",
          "PM-YEARS-COMPLETED-WELL",
          "HCLD3-PRIOR-PM-BANG-KHEN",
          "HCLD3-YEARS-COMPLETED-WELL");

  @TestFactory
  Stream<DynamicTest> vietnameseTextQuotedFromTheSeedIsExact() {
    Map<String, String> quoted = new LinkedHashMap<>();
    for (JsonObject b : objects(plan, "legalBases")) {
      quoted.put(
          "legal basis " + b.getString("reference"),
          b.getString("reference") + " " + vi(b, "title"));
    }
    for (JsonObject d : objects(plan, "deadlines")) {
      quoted.put("deadline " + d.getString("code"), vi(d, "name"));
    }
    JsonObject firstForm = objects(plan, "awardForms").get(0);
    for (JsonObject d : objects(firstForm, "dossier")) {
      quoted.put("dossier " + d.getString("code"), vi(d, "name"));
    }
    for (JsonObject c : allCriteria()) {
      if (!NOT_QUOTED.contains(c.getString("code"))) {
        quoted.put("criterion " + c.getString("code"), vi(c, "name"));
      }
    }
    String flat = seedText.replaceAll("\\s+", " ");
    return quoted.entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey() + ": " + abbreviate(e.getValue()),
                    () -> {
                      String text = e.getValue();
                      String lowerFirst =
                          text.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                              + text.substring(1);
                      if (!flat.contains(text) && !flat.contains(lowerFirst)) {
                        fail("the seed does not contain «" + text + "»");
                      }
                    }));
  }

  static List<JsonObject> allCriteria() {
    List<JsonObject> all = new ArrayList<>();
    for (JsonObject c : objects(plan, "criteria")) {
      all.add(c);
      if (c.containsKey("alternatives")) {
        all.addAll(objects(c, "alternatives"));
      }
    }
    return all;
  }
}
