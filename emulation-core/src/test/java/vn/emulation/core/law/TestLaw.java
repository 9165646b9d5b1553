package vn.emulation.core.law;

import static vn.emulation.core.law.Citation.verified;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Prerequisite.AllOf;
import vn.emulation.core.law.Prerequisite.AnyOf;
import vn.emulation.core.law.Prerequisite.AwardHeld;
import vn.emulation.core.law.Prerequisite.Finding;
import vn.emulation.core.law.Prerequisite.InitiativeCount;
import vn.emulation.core.law.Prerequisite.RatingCount;
import vn.emulation.core.law.Prerequisite.RatingEveryYear;
import vn.emulation.core.law.Prerequisite.TitleCount;

/**
 * The rules of the law's reference sheet (LAW.md) for the tests: version 1 under Decree 98/2023 (1
 * January 2024 – 30 June 2025), version 2 under Decree 152/2025 and Decree 129/2025 from 1 July
 * 2025, in short (names as codes, few sources). The adapter's built-in file encodes them in full;
 * its BuiltInLawTest asks it the same questions. One form, {@link #FIXTURE_COLLECTIVE}, is the
 * tests' own: no verified text gives a collective a prerequisite from an earlier form, and the
 * lineage needs one to be tested.
 */
public final class TestLaw {

  public static final LocalDate LAW_IN_FORCE = LocalDate.of(2024, 1, 1);
  public static final LocalDate LAST_DAY_OF_DECREE_98 = LocalDate.of(2025, 6, 30);
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  public static final String LAW = "LAW_06_2022";
  public static final String D98 = "DECREE_98_2023";
  public static final String D152 = "DECREE_152_2025";
  public static final String D129 = "DECREE_129_2025";
  public static final String QD637 = "DECISION_637_2025_BNV";

  public static final String LDTT = "LAO_DONG_TIEN_TIEN";
  public static final String CSTDCS = "CHIEN_SI_THI_DUA_CO_SO";
  public static final String TLDXS = "TAP_THE_LAO_DONG_XUAT_SAC";
  public static final String GIAY_KHEN = "GIAY_KHEN";
  public static final String BK_TINH = "BANG_KHEN_TINH";
  public static final String BK_TTG = "BANG_KHEN_THU_TUONG";
  public static final String HCLD3 = "HUAN_CHUONG_LAO_DONG_HANG_BA";
  public static final String FIXTURE_COLLECTIVE = "FIXTURE_COLLECTIVE";

  private TestLaw() {}

  public static LawRuleSet ruleSet() {
    return LawRuleSet.builder("vn-thi-dua-khen-thuong", LocalizedText.of("Luật", "The law"))
        .version(version(1))
        .version(version(2))
        .build();
  }

  static Citation secondary(String text, String provision) {
    return new Citation(
        text, provision, Confidence.SECONDARY, LocalizedText.of("Theo nguồn", "Restated"));
  }

  static LegalText text(String code, String reference, LocalDate from, LocalDate to) {
    return new LegalText(code, reference, LocalizedText.vietnamese(reference), from, to);
  }

  public static LawVersion version(int number) {
    boolean reformed = number == 2;
    List<LegalText> texts = new ArrayList<>();
    texts.add(text(LAW, "Luật Thi đua, khen thưởng số 06/2022/QH15", LAW_IN_FORCE, null));
    if (reformed) {
      texts.add(text(D152, "Nghị định số 152/2025/NĐ-CP", REFORM, null));
      texts.add(text(D129, "Nghị định số 129/2025/NĐ-CP", REFORM, null));
      texts.add(text(QD637, "Quyết định số 637/QĐ-BNV", REFORM, null));
    } else {
      texts.add(text(D98, "Nghị định số 98/2023/NĐ-CP", LAW_IN_FORCE, LAST_DAY_OF_DECREE_98));
    }
    String decree = reformed ? D152 : D98;
    List<FormRule> forms =
        List.of(
            title(LDTT, Set.of(Recipient.INDIVIDUAL), grassroots(reformed), null, "Điều 24"),
            title(
                CSTDCS,
                Set.of(Recipient.INDIVIDUAL),
                grassroots(reformed),
                new AllOf(
                    List.of(
                        new TitleCount(LDTT, 1, 1, verified(LAW, "Điều 23 khoản 1")),
                        new AnyOf(
                            List.of(
                                new RatingEveryYear(
                                    TaskRating.EXCELLENT, 1, verified(LAW, "Điều 23 khoản 2")),
                                new InitiativeCount(
                                    InitiativeLevel.GRASSROOTS,
                                    1,
                                    1,
                                    verified(LAW, "Điều 23 khoản 2"))),
                            verified(LAW, "Điều 23 khoản 2"))),
                    verified(LAW, "Điều 23")),
                "Điều 23"),
            title(TLDXS, Set.of(Recipient.COLLECTIVE), List.of(), null, "Điều 27"),
            form(
                GIAY_KHEN,
                Set.of(Recipient.INDIVIDUAL, Recipient.COLLECTIVE, Recipient.HOUSEHOLD),
                reformed
                    ? List.of(
                        new Authority(Office.COMMUNE_CHAIRMAN, verified(D129, "Điều 59")),
                        new Authority(Office.DEPARTMENT_HEAD, verified(LAW, "Điều 80 khoản 1")))
                    : List.of(
                        new Authority(Office.DISTRICT_CHAIRMAN, verified(LAW, "Điều 80 khoản 2")),
                        new Authority(Office.DEPARTMENT_HEAD, verified(LAW, "Điều 80 khoản 1"))),
                new DossierRule(
                    commendationItems(),
                    null,
                    false,
                    reformed
                        ? verified(D152, "Điều 6 khoản 2 điểm c")
                        : new Citation(
                            D98,
                            "Điều 30",
                            Confidence.UNRESOLVED,
                            LocalizedText.of("Chưa rõ số bộ", "Sets not found"))),
                new Finding(
                    "PROVINCE_CRITERIA",
                    LocalizedText.of("Tiêu chuẩn do tỉnh quy định", "The province's criteria"),
                    verified(LAW, "Điều 75 khoản 2")),
                null,
                "Điều 75"),
            form(
                BK_TINH,
                Set.of(Recipient.INDIVIDUAL, Recipient.COLLECTIVE, Recipient.HOUSEHOLD),
                List.of(new Authority(Office.PROVINCE_CHAIRMAN, secondary(LAW, "Điều 74"))),
                new DossierRule(commendationItems(), null, false, secondary(LAW, "Điều 84")),
                new AnyOf(
                    List.of(
                        finding("OUTSTANDING_IN_MOVEMENT", "Điều 74 khoản 1 điểm a"),
                        new AnyOf(
                            List.of(
                                new TitleCount(
                                    CSTDCS, 2, 2, verified(LAW, "Điều 74 khoản 1 điểm d")),
                                new AllOf(
                                    List.of(
                                        new RatingEveryYear(
                                            TaskRating.EXCELLENT,
                                            2,
                                            verified(LAW, "Điều 74 khoản 1 điểm d")),
                                        new InitiativeCount(
                                            InitiativeLevel.GRASSROOTS,
                                            2,
                                            2,
                                            verified(LAW, "Điều 74 khoản 1 điểm d"))),
                                    verified(LAW, "Điều 74 khoản 1 điểm d"))),
                            verified(LAW, "Điều 74 khoản 1 điểm d"))),
                    verified(LAW, "Điều 74 khoản 1")),
                null,
                "Điều 74"),
            form(
                BK_TTG,
                Set.of(Recipient.INDIVIDUAL, Recipient.COLLECTIVE, Recipient.HOUSEHOLD),
                List.of(new Authority(Office.PRIME_MINISTER, secondary(LAW, "Điều 72"))),
                reformed
                    ? new DossierRule(commendationItems(), 1, true, verified(QD637, "Mục thủ tục"))
                    : new DossierRule(commendationItems(), 1, false, verified(D98, "Điều 42")),
                new AnyOf(
                    List.of(
                        finding("OUTSTANDING_IN_MOVEMENT", "Điều 73 khoản 1 điểm a"),
                        new AllOf(
                            List.of(
                                new AwardHeld(BK_TINH, verified(LAW, "Điều 73 khoản 1 điểm b")),
                                new RatingEveryYear(
                                    TaskRating.GOOD, 5, verified(LAW, "Điều 73 khoản 1 điểm b")),
                                new TitleCount(
                                    CSTDCS, 3, 5, verified(LAW, "Điều 73 khoản 1 điểm b"))),
                            verified(LAW, "Điều 73 khoản 1 điểm b"))),
                    verified(LAW, "Điều 73 khoản 1")),
                null,
                "Điều 73"),
            form(
                HCLD3,
                Set.of(Recipient.INDIVIDUAL),
                List.of(new Authority(Office.PRESIDENT, secondary(LAW, "Điều 44"))),
                new DossierRule(commendationItems(), 1, reformed, secondary(decree, "Thủ tục")),
                new AnyOf(
                    List.of(
                        new AllOf(
                            List.of(
                                new AwardHeld(BK_TTG, secondary(LAW, "Điều 44 khoản 1 điểm e")),
                                new RatingEveryYear(
                                    TaskRating.GOOD, 5, secondary(LAW, "Điều 44 khoản 1 điểm e")),
                                new RatingCount(
                                    TaskRating.EXCELLENT,
                                    1,
                                    5,
                                    secondary(LAW, "Điều 44 khoản 1 điểm e")),
                                new TitleCount(
                                    CSTDCS, 3, 5, secondary(LAW, "Điều 44 khoản 1 điểm e"))),
                            secondary(LAW, "Điều 44 khoản 1 điểm e")),
                        finding("OTHER_CLAUSES", "Điều 44")),
                    secondary(LAW, "Điều 44")),
                new Announcement(
                    10,
                    reformed
                        ? new Citation(
                            D152,
                            "khoản 2 Điều 44",
                            Confidence.UNRESOLVED,
                            LocalizedText.of("Chưa rõ điều", "Article unresolved"))
                        : verified(D98, "Điều 46 khoản 2")),
                "Điều 44"),
            form(
                FIXTURE_COLLECTIVE,
                Set.of(Recipient.COLLECTIVE),
                List.of(new Authority(Office.PROVINCE_CHAIRMAN, secondary(LAW, "Điều 74"))),
                new DossierRule(commendationItems(), null, false, secondary(LAW, "Điều 84")),
                new AllOf(
                    List.of(
                        new AwardHeld(BK_TINH, secondary(LAW, "Điều 73")),
                        new TitleCount(TLDXS, 2, 2, secondary(LAW, "Điều 27"))),
                    secondary(LAW, "Điều 73")),
                null,
                "Điều 73"));
    Citation principles = verified(decree, "Điều 4");
    return new LawVersion(
        number,
        reformed ? REFORM : LAW_IN_FORCE,
        reformed ? null : LAST_DAY_OF_DECREE_98,
        texts,
        forms,
        List.of(
            new Exclusion(ExclusionGround.DISCIPLINE, principles),
            new Exclusion(ExclusionGround.INVESTIGATION, principles),
            new Exclusion(ExclusionGround.COMPLAINT, principles),
            new Exclusion(ExclusionGround.PRESS_REPORT, principles)),
        new NonBasis(
            Set.of(AwardType.SUDDEN, AwardType.THEMATIC), verified(decree, "Điều 4 khoản 3")),
        new OneAchievementOneAward(verified(LAW, "Điều 5 khoản 2 điểm c")));
  }

  private static Finding finding(String code, String provision) {
    return new Finding(code, LocalizedText.vietnamese(code), verified(LAW, provision));
  }

  private static List<Authority> grassroots(boolean reformed) {
    return reformed
        ? List.of(new Authority(Office.COMMUNE_CHAIRMAN, verified(D129, "Điều 59")))
        : List.of(new Authority(Office.DISTRICT_CHAIRMAN, verified(LAW, "Điều 80 khoản 2")));
  }

  private static List<DossierItem> commendationItems() {
    return List.of(
        new DossierItem(
            "SUBMISSION",
            LocalizedText.of("Tờ trình", "Submission"),
            false,
            verified(LAW, "Điều 84")),
        new DossierItem(
            "ACHIEVEMENT_REPORT",
            LocalizedText.of("Báo cáo thành tích", "Achievement report"),
            false,
            verified(LAW, "Điều 84")));
  }

  private static FormRule title(
      String code, Set<Recipient> to, List<Authority> by, Prerequisite p, String article) {
    return new FormRule(
        code,
        FormKind.TITLE,
        LocalizedText.vietnamese(code),
        to,
        by.isEmpty()
            ? List.of(new Authority(Office.PROVINCE_CHAIRMAN, secondary(LAW, article)))
            : by,
        new DossierRule(commendationItems(), null, false, verified(LAW, "Điều 84")),
        p,
        null,
        verified(LAW, article));
  }

  private static FormRule form(
      String code,
      Set<Recipient> to,
      List<Authority> by,
      DossierRule dossier,
      Prerequisite p,
      Announcement announcement,
      String article) {
    return new FormRule(
        code,
        FormKind.COMMENDATION,
        LocalizedText.vietnamese(code),
        to,
        by,
        dossier,
        p,
        announcement,
        verified(LAW, article));
  }
}
