package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verdict endpoints end to end: four participants of a fresh plan and city, each with the
 * evidence that decides its outcome on the annual round of 2023, then the demo city's verdicts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationApiIT {

  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String BANG_KHEN_TINH = "BANG_KHEN_CHU_TICH_TINH";
  private static final String DECLARED =
      "\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-TASKS\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-UNITY\":{\"answer\":\"YES\",\"reference\":\"BB-02\"},"
          + "\"GEN-PARTY\":{\"answer\":\"YES\",\"reference\":\"QĐ-03\"},"
          + "\"GEN-NO-VIOLATION\":{\"answer\":\"YES\",\"reference\":\"XN-04\"},"
          + "\"C-DIGITAL-PLATFORMS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-E-CONTRACTS-INVOICES\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CASHLESS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"BC-06\"}";

  /** Made on first use: the deployment's URL is only known to instances. */
  private static FreshCity world;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  /**
   * e1, an enterprise that declared everything and registered on time: eligible for the city's
   * certificate, incomplete for the province's (no "excellent" declaration, no contribution). e2,
   * the same but registered late: not eligible. o1, an official with a reprimand: not eligible. w1,
   * a ward committee with no evidence at all: incomplete. c1, a city office, is held to all ten
   * digital-government targets of 2023 by the city's figures ({@link
   * FreshCity#reportSampleFigures()}): G8 is not met, so it is not eligible whatever it declares.
   */
  private FreshCity world() {
    if (world == null) {
      FreshCity w = FreshCity.create(deployment);
      w.reportSampleFigures();
      w.participant("c1", "COLLECTIVE", "Phòng Văn hóa và Thông tin", "CITY_OFFICES", w.city);
      String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
      String e2 = w.participant("e2", "COLLECTIVE", "Công ty TNHH Hai", "ENTERPRISES", w.wardB);
      String o1 = w.participant("o1", "INDIVIDUAL", "Nguyễn Văn Ba", "OFFICIALS", w.city);
      w.participant("w1", "COLLECTIVE", "UBND Phường Một", "WARD_COMMITTEES", w.wardA);
      w.evidence(
          e1, "ANNUAL-2023", "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
      w.evidence(
          e2, "ANNUAL-2023", "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-03-01\"}");
      w.evidence(
          o1,
          "ANNUAL-2023",
          "{\"answers\":{\"GEN-NO-VIOLATION\":{\"answer\":\"NO\","
              + "\"reference\":\"QĐ-KL-07\"}}}");
      world = w;
    }
    return world;
  }

  private Api.Reply get(String path, String language) {
    return world().api().get("api/plans/" + world().plan + "/occasions/" + path, language);
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  private static List<String> fields(Api.Reply problem) {
    return objects(problem.object(), "errors").stream().map(e -> e.getString("field")).toList();
  }

  @Test
  void listsEveryParticipantWithItsOutcomePerAwardFormAndTheCounts() {
    FreshCity w = world();
    Api.Reply r = get("ANNUAL-2023/verdicts?size=10", "en");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject page = r.object();
    assertThat(page.getJsonObject("occasion").getString("name")).isEqualTo("Annual awards 2023");
    assertThat(page.getInt("total")).isEqualTo(5);
    assertThat(objects(page, "items"))
        .extracting(
            i -> i.getJsonObject("participant").getString("id"),
            i -> outcome(i, GIAY_KHEN),
            i -> outcome(i, BANG_KHEN_TINH))
        .containsExactly(
            tuple(w.run + "-c1", "NOT_ELIGIBLE", "NOT_ELIGIBLE"),
            tuple(w.run + "-e1", "ELIGIBLE", "INCOMPLETE"),
            tuple(w.run + "-e2", "NOT_ELIGIBLE", "NOT_ELIGIBLE"),
            tuple(w.run + "-o1", "NOT_ELIGIBLE", "NOT_ELIGIBLE"),
            tuple(w.run + "-w1", "INCOMPLETE", "INCOMPLETE"));
    assertThat(objects(page, "summary"))
        .extracting(
            s -> s.getString("awardForm"),
            s -> s.getInt("eligible"),
            s -> s.getInt("notEligible"),
            s -> s.getInt("incomplete"),
            s -> s.getInt("total"))
        .containsExactly(tuple(GIAY_KHEN, 1, 3, 1, 5), tuple(BANG_KHEN_TINH, 0, 3, 2, 5));
  }

  private static String outcome(JsonObject item, String form) {
    return objects(item, "outcomes").stream()
        .filter(o -> o.getString("awardForm").equals(form))
        .map(o -> o.getString("outcome"))
        .findFirst()
        .orElse("-");
  }

  @Test
  void filtersByAwardFormAndOutcomeAndPagesWhileCountingEveryone() {
    FreshCity w = world();
    JsonObject eligible =
        get("ANNUAL-2023/verdicts?awardForm=" + GIAY_KHEN + "&outcome=ELIGIBLE", null).object();
    JsonObject notEligible = get("ANNUAL-2023/verdicts?outcome=not_eligible", null).object();
    JsonObject second = get("ANNUAL-2023/verdicts?page=1&size=1", null).object();

    assertThat(objects(eligible, "items"))
        .extracting(i -> i.getJsonObject("participant").getString("id"))
        .containsExactly(w.run + "-e1");
    assertThat(eligible.getInt("total")).isEqualTo(1);
    assertThat(objects(eligible, "summary").get(0).getInt("total")).isEqualTo(5);
    assertThat(objects(notEligible, "items"))
        .extracting(i -> i.getJsonObject("participant").getString("id"))
        .containsExactly(w.run + "-c1", w.run + "-e2", w.run + "-o1");
    assertThat(objects(second, "items"))
        .extracting(i -> i.getJsonObject("participant").getString("id"))
        .containsExactly(w.run + "-e1");
    assertThat(second.getInt("total")).isEqualTo(5);
    assertThat(second.getInt("page")).isEqualTo(1);
  }

  @Test
  void summarisesTheOccasionPerAwardFormInTheReadersLanguage() {
    JsonObject vi = get("ANNUAL-2023/summary", null).object();
    JsonObject en = get("ANNUAL-2023/summary", "en").object();

    assertThat(vi.getInt("evaluated")).isEqualTo(5);
    assertThat(objects(vi, "forms"))
        .extracting(
            s -> s.getString("name"),
            s -> s.getInt("eligible"),
            s -> s.getInt("notEligible"),
            s -> s.getInt("incomplete"))
        .containsExactly(
            tuple("Giấy khen của Chủ tịch Ủy ban nhân dân thành phố", 1, 3, 1),
            tuple("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 0, 3, 2));
    assertThat(objects(en, "forms").get(0).getString("name"))
        .isEqualTo("Certificate of Commendation of the Chairman of the city People's Committee");
  }

  @Test
  void explainsOneParticipantCriterionByCriterionInEnglish() {
    FreshCity w = world();
    Api.Reply r = get("ANNUAL-2023/verdicts/" + w.run + "-e2", "en");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject body = r.object();
    assertThat(body.getJsonObject("participant").getString("name")).isEqualTo("Công ty TNHH Hai");
    JsonObject giayKhen = objects(body, "verdicts").get(0);
    assertThat(giayKhen.getJsonObject("awardForm").getString("awardForm")).isEqualTo(GIAY_KHEN);
    assertThat(giayKhen.getJsonObject("awardForm").getString("outcome")).isEqualTo("NOT_ELIGIBLE");
    assertThat(giayKhen.getJsonObject("awardForm").getString("label")).isEqualTo("Not eligible");
    assertThat(objects(giayKhen, "criteria"))
        .extracting(c -> c.getString("code"))
        .containsExactly(
            "GEN-POLICY",
            "GEN-TASKS",
            "GEN-UNITY",
            "GEN-PARTY",
            "GEN-NO-VIOLATION",
            "C-OWN-PLAN",
            "C-DIGITAL-PLATFORMS",
            "C-E-CONTRACTS-INVOICES",
            "C-CASHLESS",
            "C-CONTRIBUTION");
    JsonObject ownPlan = objects(giayKhen, "criteria").get(5);
    assertThat(ownPlan.getString("status")).isEqualTo("NOT_MET");
    assertThat(ownPlan.getString("explanation"))
        .isEqualTo("Registered on 2023-03-01, late (due 2023-01-31)");
    assertThat(giayKhen.getJsonArray("blockers").getString(0)).isEqualTo("C-OWN-PLAN");
    assertThat(objects(giayKhen, "criteria").get(0).getString("status")).isEqualTo("MET");
  }

  @Test
  void explainsInVietnameseByDefault() {
    FreshCity w = world();
    JsonObject giayKhen =
        objects(get("ANNUAL-2023/verdicts/" + w.run + "-e2", null).object(), "verdicts").get(0);
    JsonObject ownPlan = objects(giayKhen, "criteria").get(5);

    assertThat(giayKhen.getJsonObject("awardForm").getString("label"))
        .isEqualTo("Không đủ tiêu chuẩn");
    assertThat(ownPlan.getString("label")).isEqualTo("Không đạt");
    assertThat(ownPlan.getString("explanation"))
        .isEqualTo("Đăng ký ngày 01/03/2023, quá hạn (hạn 31/01/2023)");
  }

  @Test
  void aCityOfficeIsJudgedOnTheCitysFiguresForEachTarget() {
    FreshCity w = world();
    JsonObject en =
        objects(get("ANNUAL-2023/verdicts/" + w.run + "-c1", "en").object(), "verdicts").get(0);
    JsonObject vi =
        objects(get("ANNUAL-2023/verdicts/" + w.run + "-c1", null).object(), "verdicts").get(0);

    JsonObject targets =
        objects(en, "criteria").stream()
            .filter(c -> c.getString("code").equals("A-GOV-TARGETS"))
            .findFirst()
            .orElseThrow();
    assertThat(targets.getString("status")).isEqualTo("NOT_MET");
    // G1 misses ward B's report: open, not met; 2 met and 7 open can no longer make 10
    assertThat(targets.getString("explanation"))
        .startsWith("2 of 10 targets for 2023 met")
        .endsWith(
            "; met: G2, G7; not met: G8; incomplete (units yet to report): G1; "
                + "no data: G3, G4, G5, G6, G9, G10");
    assertThat(en.getJsonArray("blockers").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("A-GOV-TARGETS");
    assertThat(
            objects(vi, "criteria").stream()
                .filter(c -> c.getString("code").equals("A-GOV-TARGETS"))
                .findFirst()
                .orElseThrow()
                .getString("explanation"))
        .startsWith("Đạt 2/10 mục tiêu mốc 2023")
        .contains("không đạt: G8")
        .contains("chưa đủ số liệu (còn đơn vị chưa báo cáo): G1");
  }

  @Test
  void anEligibleParticipantHasNoBlockers() {
    FreshCity w = world();
    List<JsonObject> verdicts =
        objects(get("ANNUAL-2023/verdicts/" + w.run + "-e1", "en").object(), "verdicts");

    assertThat(verdicts)
        .extracting(v -> v.getJsonObject("awardForm").getString("outcome"))
        .containsExactly("ELIGIBLE", "INCOMPLETE");
    assertThat(verdicts.get(0).getJsonArray("blockers")).isEmpty();
    assertThat(verdicts.get(1).getJsonArray("blockers").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("PROV-EXCELLENT");
  }

  /**
   * Seed IV.2 b: at the interim review the province's Bằng khen asks for a typical contribution,
   * not for the contribution norm of the annual round, so the norm being unset leaves it decided.
   */
  @Test
  void theInterimBangKhenIsDecidedByItsOwnCriteriaWhileTheNormIsUnset() {
    FreshCity w = FreshCity.create(deployment);
    String typical =
        w.participant("i1", "COLLECTIVE", "Công ty TNHH Tiêu Biểu", "ENTERPRISES", w.wardA);
    String ordinary =
        w.participant("i2", "COLLECTIVE", "Công ty TNHH Thường", "ENTERPRISES", w.wardB);
    w.evidence(
        typical,
        "INTERIM-2023",
        "{\"answers\":{"
            + DECLARED
            + ",\"PROV-TYPICAL-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"XN-NV-2023-01\"}},"
            + "\"registeredOn\":\"2023-01-20\"}");
    w.evidence(
        ordinary,
        "INTERIM-2023",
        "{\"answers\":{"
            + DECLARED
            + ",\"PROV-TYPICAL-CONTRIBUTION\":{\"answer\":\"NO\",\"reference\":\"XN-NV-2023-02\"}},"
            + "\"registeredOn\":\"2023-01-20\"}");
    w.evidence(
        typical,
        "ANNUAL-2023",
        "{\"answers\":{"
            + DECLARED
            + ",\"PROV-EXCELLENT\":"
            + "{\"answer\":\"YES\",\"reference\":\"BC-07\"}},\"amounts\":{\"contributionVnd\":"
            + "500000000},\"registeredOn\":\"2023-01-20\"}");
    String occasions = "api/plans/" + w.plan + "/occasions/";

    JsonObject interim =
        bangKhen(w.api().get(occasions + "INTERIM-2023/verdicts/" + typical, "en"));
    JsonObject refused =
        bangKhen(w.api().get(occasions + "INTERIM-2023/verdicts/" + ordinary, "en"));
    JsonObject annual = bangKhen(w.api().get(occasions + "ANNUAL-2023/verdicts/" + typical, "en"));

    assertThat(interim.getJsonObject("awardForm").getString("outcome")).isEqualTo("ELIGIBLE");
    assertThat(objects(interim, "criteria"))
        .extracting(c -> c.getString("code"))
        .contains("PROV-TYPICAL-CONTRIBUTION")
        .doesNotContain("PROV-CONTRIBUTION-NORM", "PROV-EXCELLENT");
    assertThat(refused.getJsonObject("awardForm").getString("outcome")).isEqualTo("NOT_ELIGIBLE");
    assertThat(refused.getJsonArray("blockers").getString(0))
        .isEqualTo("PROV-TYPICAL-CONTRIBUTION");
    assertThat(annual.getJsonObject("awardForm").getString("outcome")).isEqualTo("INCOMPLETE");
    assertThat(annual.getJsonArray("blockers").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("PROV-CONTRIBUTION-NORM");
  }

  private static JsonObject bangKhen(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return objects(r.object(), "verdicts").stream()
        .filter(v -> v.getJsonObject("awardForm").getString("awardForm").equals(BANG_KHEN_TINH))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void unknownPlansOccasionsAndParticipantsAreNotFoundInEitherLanguage() {
    FreshCity w = world();
    Api.Reply occasion = get("ANNUAL-2099/verdicts", "en");
    Api.Reply participant = get("ANNUAL-2023/verdicts/nobody-" + w.run, "en");
    Api.Reply plan = w.api().get("api/plans/no-such-plan/occasions/ANNUAL-2023/summary", null);

    assertThat(occasion.status()).isEqualTo(404);
    assertThat(occasion.contentType()).startsWith("application/problem+json");
    assertThat(occasion.object().getString("detail"))
        .isEqualTo("Plan " + w.plan + " has no occasion ANNUAL-2099");
    assertThat(participant.status()).isEqualTo(404);
    assertThat(participant.object().getString("detail"))
        .isEqualTo("Plan " + w.plan + " has no participant nobody-" + w.run);
    assertThat(plan.status()).isEqualTo(404);
    assertThat(plan.object().getString("title")).isEqualTo("Không tìm thấy");
    assertThat(plan.object().getString("detail")).isEqualTo("Không có kế hoạch no-such-plan");
  }

  @Test
  void everyBadQueryParameterIsNamedAtOnce() {
    String bad = "ANNUAL-2023/verdicts?awardForm=BANG_KHEN_THU_TUONG&outcome=MAYBE&size=0";
    Api.Reply en = get(bad, "en");
    Api.Reply vi = get(bad, null);
    Api.Reply page = get("ANNUAL-2023/verdicts?page=first", "en");

    assertThat(en.status()).isEqualTo(400);
    assertThat(en.contentType()).startsWith("application/problem+json");
    assertThat(fields(en)).containsExactlyInAnyOrder("awardForm", "outcome", "size");
    assertThat(en.object().getString("title")).isEqualTo("The input is not valid");
    assertThat(objects(en.object(), "errors"))
        .extracting(e -> e.getString("reason"))
        .contains("No outcome \"MAYBE\"; choose one of: ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE");
    assertThat(vi.object().getString("title")).isEqualTo("Dữ liệu gửi lên không hợp lệ");
    assertThat(objects(vi.object(), "errors"))
        .extracting(e -> e.getString("reason"))
        .contains(
            "Kết quả \"MAYBE\" không có; chọn một trong: ELIGIBLE, NOT_ELIGIBLE," + " INCOMPLETE");
    assertThat(page.status()).isEqualTo(400);
    assertThat(fields(page)).containsExactly("page");
  }

  @Test
  void theDemoCitysVerdictsAddUpPerAwardForm() {
    Api api = new Api(deployment);
    Api.Reply summary =
        api.get("api/plans/rach-gia-2022-2025/occasions/INTERIM-2023/summary", "en");
    Api.Reply page =
        api.get("api/plans/rach-gia-2022-2025/occasions/INTERIM-2023/verdicts" + "?size=5", "en");

    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    int evaluated = summary.object().getInt("evaluated");
    assertThat(evaluated).isPositive();
    assertThat(objects(summary.object(), "forms"))
        .hasSize(4)
        .allSatisfy(
            f -> {
              assertThat(f.getInt("eligible") + f.getInt("notEligible") + f.getInt("incomplete"))
                  .isEqualTo(f.getInt("total"));
              assertThat(f.getInt("total")).isBetween(0, evaluated);
            });
    assertThat(page.object().getInt("total")).isEqualTo(evaluated);
    assertThat(objects(page.object(), "items")).hasSize(Math.min(5, evaluated));
  }
}
