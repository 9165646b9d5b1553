package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.procedure.Fixtures.pdf;
import static vn.emulation.core.procedure.nomination.NominationFixtures.ANNUAL_2025;
import static vn.emulation.core.procedure.nomination.NominationFixtures.LAW;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.AwardLevel;
import vn.emulation.core.award.DossierComponent;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.procedure.nomination.DossierGap.Kind;

/**
 * The dossier a nomination needs on a day, by the law in force then: Decree 98/2023 until 30 June
 * 2025, Decree 152/2025 (with MOHA's procedure, which adds the Word and PDF files) from 1 July.
 */
class DossierCompletenessTest {

  private static final LocalDate LAST_DAY_OF_DECREE_98 = TestLaw.LAST_DAY_OF_DECREE_98;
  private static final LocalDate REFORM = TestLaw.REFORM;

  /** The plan's Prime Minister's Bằng khen: five sets, as the plan wrote under Decree 91/2017. */
  private static final AwardForm BK_TTG_OF_PLAN =
      new AwardForm(
          "BKTTG",
          TestPlans.text("Bằng khen của Thủ tướng Chính phủ"),
          TestPlans.text("Thủ tướng Chính phủ"),
          AwardLevel.GOVERNMENT,
          false,
          Set.of(ParticipantKind.values()),
          5,
          List.of(new DossierComponent("TO-TRINH", TestPlans.text("Tờ trình"))),
          List.of("GEN"));

  private static Nomination primeMinisters(Dossier dossier) {
    return Nomination.open(
        "n-ttg", ANNUAL_2025, "30745", "ward-30745", "BKTTG", TestLaw.BK_TTG, dossier);
  }

  /** One signed set, each document scanned to PDF: what Decree 98 asked for. */
  private static final Dossier SCANNED =
      new Dossier(
          1,
          List.of(
              new DossierDocument("SUBMISSION", List.of(pdf("to-trinh"))),
              new DossierDocument("ACHIEVEMENT_REPORT", List.of(pdf("bao-cao")))));

  @Test
  void underDecree98OneScannedSetIsCompleteAndTheLawNotThePlanSetsTheNumber() {
    Completeness c =
        primeMinisters(SCANNED).completenessOn(LAW, BK_TTG_OF_PLAN, LAST_DAY_OF_DECREE_98);
    assertThat(c.isComplete()).isTrue();
    assertThat(c.requirement().sets()).isEqualTo(1);
    assertThat(c.requirement().setsFromLaw()).isTrue();
    assertThat(c.requirement().electronicFiles()).isFalse();
    assertThat(c.requirement().citation().provision()).isEqualTo("Điều 42");
  }

  @Test
  void fromTheFirstOfJuly2025TheSameDossierLacksItsWordFiles() {
    Completeness c = primeMinisters(SCANNED).completenessOn(LAW, BK_TTG_OF_PLAN, REFORM);
    assertThat(c.isComplete()).isFalse();
    assertThat(c.requirement().electronicFiles()).isTrue();
    assertThat(c.gaps())
        .extracting(DossierGap::kind, DossierGap::itemCode, DossierGap::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Kind.WORD_MISSING, "SUBMISSION", "dossier.documents[0].files"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.WORD_MISSING, "ACHIEVEMENT_REPORT", "dossier.documents[1].files"));
    assertThat(c.gaps().get(0).reason().vi()).contains("Word");
  }

  @Test
  void theCompleteDossierOfTheFixturesMeetsTheLawAfterTheReform() {
    Nomination n = primeMinisters(NominationFixtures.completeDossier());
    assertThat(n.completenessOn(LAW, BK_TTG_OF_PLAN, REFORM).isComplete()).isTrue();
  }

  @Test
  void everyGapIsListedAtOnce() {
    Dossier poor = new Dossier(0, List.of(new DossierDocument("ACHIEVEMENT_REPORT", List.of())));
    Completeness c = primeMinisters(poor).completenessOn(LAW, BK_TTG_OF_PLAN, REFORM);
    assertThat(c.gaps())
        .extracting(DossierGap::kind, DossierGap::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.DOCUMENT_MISSING, "dossier.documents"),
            org.assertj.core.groups.Tuple.tuple(Kind.NO_FILE, "dossier.documents[0].files"),
            org.assertj.core.groups.Tuple.tuple(Kind.TOO_FEW_SETS, "dossier.sets"));
    assertThat(c.gaps().get(0).reason().vi()).isEqualTo("Hồ sơ còn thiếu Tờ trình (SUBMISSION)");
    assertThat(c.gaps().get(0).reason().en())
        .isEqualTo("The dossier lacks the Submission (SUBMISSION)");
    assertThat(c.gaps().get(2).reason().en()).contains("1 set(s) under Mục thủ tục, has 0");
  }

  /** Decree 152/2025 art. 6.2.c leaves the grassroots dossiers to the province: the plan's sets. */
  @Test
  void whereTheLawSetsNoNumberThePlansSetsGovern() {
    AwardForm threeSets =
        new AwardForm(
            "GK",
            TestPlans.text("Giấy khen"),
            TestPlans.text("Chủ tịch"),
            AwardLevel.CITY,
            true,
            Set.of(ParticipantKind.values()),
            3,
            List.of(),
            List.of("GEN"));
    Completeness c = NominationFixtures.draft("n-1").completenessOn(LAW, threeSets, REFORM);
    assertThat(c.requirement().setsFromLaw()).isFalse();
    assertThat(c.requirement().sets()).isEqualTo(3);
    assertThat(c.gaps())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.kind()).isEqualTo(Kind.TOO_FEW_SETS);
              assertThat(g.reason().vi())
                  .isEqualTo("Hồ sơ phải có 3 bộ theo kế hoạch (mục V.2), mới có 1");
            });
  }

  @Test
  void aDayBeforeTheLaw062022HasNoDossierHere() {
    assertThatThrownBy(
            () ->
                primeMinisters(SCANNED)
                    .completenessOn(LAW, BK_TTG_OF_PLAN, LocalDate.of(2023, 12, 31)))
        .isInstanceOf(LawNotInForceException.class);
  }

  @Test
  void aDossierWithAnItemTwiceIsRefusedWhenOpened() {
    Dossier twice =
        new Dossier(
            1,
            List.of(
                new DossierDocument("SUBMISSION", List.of(pdf("a"))),
                new DossierDocument("SUBMISSION", List.of(pdf("b")))));
    assertThatThrownBy(() -> primeMinisters(twice))
        .isInstanceOfSatisfying(
            vn.emulation.core.common.InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(vn.emulation.core.common.Problem::path)
                    .containsExactly("dossier.documents[1].itemCode"));
  }
}
