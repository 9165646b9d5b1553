package vn.emulation.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.law.TestLaw.BK_TINH;
import static vn.emulation.core.law.TestLaw.BK_TTG;
import static vn.emulation.core.law.TestLaw.GIAY_KHEN;
import static vn.emulation.core.law.TestLaw.HCLD3;
import static vn.emulation.core.law.TestLaw.LAST_DAY_OF_DECREE_98;
import static vn.emulation.core.law.TestLaw.REFORM;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rule set answers each question by the version in force on its day, citing the article. */
class LawRuleSetTest {

  private final LawRuleSet law = TestLaw.ruleSet();

  @Test
  void theVersionInForceChangesOnTheFirstOfJuly2025() {
    assertThat(law.inForceOn(LAST_DAY_OF_DECREE_98)).map(LawVersion::number).contains(1);
    assertThat(law.inForceOn(REFORM)).map(LawVersion::number).contains(2);
    assertThat(law.inForceOn(LocalDate.of(2030, 1, 1))).map(LawVersion::number).contains(2);
  }

  @Test
  void aDayBeforeTheLaw062022IsAnsweredByNoVersionNeverByTheNextOne() {
    LocalDate before = LocalDate.of(2023, 12, 31);
    assertThat(law.inForceOn(before)).isEmpty();
    assertThatThrownBy(() -> law.authorityOn(GIAY_KHEN, before))
        .isInstanceOf(LawNotInForceException.class)
        .hasMessageContaining("2023-12-31");
  }

  /** Law art. 80.2 until 30 June 2025; Decree 129/2025 art. 59 gives it to the commune after. */
  @Test
  void theCityChairmanGrantsTheGiayKhenUntilTheReformAndTheCommuneChairmanAfter() {
    assertThat(law.mayDecide(Office.DISTRICT_CHAIRMAN, GIAY_KHEN, LAST_DAY_OF_DECREE_98)).isTrue();
    assertThat(law.mayDecide(Office.COMMUNE_CHAIRMAN, GIAY_KHEN, LAST_DAY_OF_DECREE_98)).isFalse();
    assertThat(law.mayDecide(Office.DISTRICT_CHAIRMAN, GIAY_KHEN, REFORM)).isFalse();
    assertThat(law.authorityOn(GIAY_KHEN, REFORM))
        .filteredOn(a -> a.office() == Office.COMMUNE_CHAIRMAN)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.citation().text()).isEqualTo(TestLaw.D129);
              assertThat(a.citation().provision()).isEqualTo("Điều 59");
              assertThat(a.citation().isVerified()).isTrue();
            });
    assertThat(law.authorityOn(GIAY_KHEN, LAST_DAY_OF_DECREE_98))
        .filteredOn(a -> a.office() == Office.DISTRICT_CHAIRMAN)
        .singleElement()
        .satisfies(a -> assertThat(a.citation().provision()).isEqualTo("Điều 80 khoản 2"));
  }

  /** Decree 98 art. 42 until 30 June 2025; MOHA's procedure under Decree 152 adds the e-files. */
  @Test
  void thePrimeMinistersCertificateTakesOneSetAndFromJuly2025ItsElectronicFiles() {
    DossierRule before = law.dossierOn(BK_TTG, LAST_DAY_OF_DECREE_98);
    DossierRule after = law.dossierOn(BK_TTG, REFORM);
    assertThat(before.setsRequired()).hasValue(1);
    assertThat(before.electronicFiles()).isFalse();
    assertThat(before.citation().text()).isEqualTo(TestLaw.D98);
    assertThat(before.citation().provision()).isEqualTo("Điều 42");
    assertThat(after.setsRequired()).hasValue(1);
    assertThat(after.electronicFiles()).isTrue();
    assertThat(after.citation().text()).isEqualTo(TestLaw.QD637);
  }

  /**
   * Decree 152 art. 6.2.c: the province sets the grassroots dossiers, so the law sets no number.
   */
  @Test
  void fromJuly2025TheLawSetsNoNumberOfSetsForTheGiayKhenAndSaysWhoDoes() {
    DossierRule after = law.dossierOn(GIAY_KHEN, REFORM);
    assertThat(after.setsRequired()).isEmpty();
    assertThat(after.citation().provision()).isEqualTo("Điều 6 khoản 2 điểm c");
    assertThat(after.items()).extracting(DossierItem::code).contains("SUBMISSION");
  }

  /** Law art. 74.1.d: two consecutive CSTĐCS, or two excellent years with two initiatives. */
  @Test
  void theProvincialCertificateNamesItsAlternativesWithTheirArticle() {
    Prerequisite p = law.prerequisitesOf(BK_TINH, REFORM).orElseThrow();
    assertThat(p).isInstanceOf(Prerequisite.AnyOf.class);
    Prerequisite d = Prerequisite.partsOf(p).get(1);
    assertThat(d.citation().provision()).isEqualTo("Điều 74 khoản 1 điểm d");
    assertThat(Prerequisite.partsOf(d))
        .first()
        .isEqualTo(new Prerequisite.TitleCount(TestLaw.CSTDCS, 2, 2, d.citation()));
  }

  /** Decree 98 art. 46.2 for state-level awards; Decree 152's article is unresolved. */
  @Test
  void theLabourOrderIsAnnouncedForTenWorkingDaysAndTheCitationSaysHowSureItIs() {
    assertThat(law.announcementOf(HCLD3, LAST_DAY_OF_DECREE_98))
        .hasValueSatisfying(
            a -> {
              assertThat(a.workingDays()).isEqualTo(10);
              assertThat(a.citation().isVerified()).isTrue();
            });
    assertThat(law.announcementOf(HCLD3, REFORM))
        .hasValueSatisfying(
            a -> assertThat(a.citation().confidence()).isEqualTo(Confidence.UNRESOLVED));
    assertThat(law.announcementOf(GIAY_KHEN, REFORM)).isEmpty();
  }

  @Test
  void aFormTheVersionDoesNotKnowIsRefusedByName() {
    assertThatThrownBy(() -> law.dossierOn("HUAN_CHUONG_SAO_VANG", REFORM))
        .isInstanceOf(LawNotInForceException.class)
        .hasMessageContaining("HUAN_CHUONG_SAO_VANG")
        .hasMessageContaining("Version 2");
  }

  @Test
  void theExclusionsOfDecree152Art4AreInForce() {
    assertThat(law.exclusionsOn(REFORM))
        .extracting(Exclusion::ground)
        .containsExactlyInAnyOrder(ExclusionGround.values());
  }
}
