package vn.emulation.jakarta.format.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.calendar.CalendarDataMissingException;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.history.HistoryBook;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.PrerequisiteCheck;
import vn.emulation.core.history.PrerequisiteResult;
import vn.emulation.core.history.PrerequisiteStatus;
import vn.emulation.core.history.PrerequisiteVerdict;
import vn.emulation.core.history.Subjects;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.law.Authority;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.Confidence;
import vn.emulation.core.law.DossierRule;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Prerequisite;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * The built-in rule set and calendar answer what LAW.md gives, each rule with its article; what
 * LAW.md leaves open stays open.
 */
class BuiltInLawTest {

  static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  private final LawRuleSet law = BuiltInLaw.ruleSet();

  @Test
  void itHasTwoVersionsSplitByDecree152() {
    assertThat(law.versions()).extracting(LawVersion::number).containsExactly(1, 2);
    assertThat(law.governing(JUNE_30).texts())
        .extracting(t -> t.code())
        .containsExactly("LAW_06_2022", "DECREE_98_2023");
    assertThat(law.governing(JULY_1).texts())
        .extracting(t -> t.code())
        .contains("DECREE_152_2025", "DECREE_129_2025")
        .doesNotContain("DECREE_98_2023");
    assertThat(law.inForceOn(LocalDate.of(2023, 12, 31))).isEmpty();
  }

  @Test
  void itKnowsTheFormsOfTheRachGiaPlanAndTheChainFromTheGrassrootsTitle() {
    for (LocalDate day : List.of(JUNE_30, JULY_1)) {
      assertThat(law.governing(day).forms())
          .extracting(FormRule::code)
          .contains(
              "GIAY_KHEN",
              "BANG_KHEN_TINH",
              "BANG_KHEN_THU_TUONG",
              "HUAN_CHUONG_LAO_DONG_HANG_BA",
              "LAO_DONG_TIEN_TIEN",
              "CHIEN_SI_THI_DUA_CO_SO",
              "CHIEN_SI_THI_DUA_TINH");
    }
    Prerequisite chain = law.prerequisitesOf("CHIEN_SI_THI_DUA_TINH", JULY_1).orElseThrow();
    assertThat(Prerequisite.partsOf(chain).get(0))
        .isInstanceOfSatisfying(
            Prerequisite.TitleCount.class,
            t -> {
              assertThat(t.title()).isEqualTo("CHIEN_SI_THI_DUA_CO_SO");
              assertThat(t.count()).isEqualTo(3);
              assertThat(t.years()).isEqualTo(3);
              assertThat(t.citation().provision()).isEqualTo("Điều 22 khoản 1");
            });
  }

  /** Law art. 80.2 until 30 June 2025; Decree 129/2025 art. 59 from 1 July 2025. */
  @Test
  void theCityChairmansGiayKhenEndsWithTheDistrictLevel() {
    assertThat(law.mayDecide(Office.DISTRICT_CHAIRMAN, "GIAY_KHEN", JUNE_30)).isTrue();
    assertThat(law.mayDecide(Office.DISTRICT_CHAIRMAN, "GIAY_KHEN", JULY_1)).isFalse();
    assertThat(law.mayDecide(Office.COMMUNE_CHAIRMAN, "GIAY_KHEN", JULY_1)).isTrue();
    Authority commune =
        law.authorityOn("CHIEN_SI_THI_DUA_CO_SO", JULY_1).stream()
            .filter(a -> a.office() == Office.COMMUNE_CHAIRMAN)
            .findFirst()
            .orElseThrow();
    assertThat(commune.citation().text()).isEqualTo("DECREE_129_2025");
    assertThat(commune.citation().provision()).isEqualTo("Điều 59");
    // under Law art. 80.3 the commune chairman could not grant the grassroots title before
    assertThat(law.mayDecide(Office.COMMUNE_CHAIRMAN, "CHIEN_SI_THI_DUA_CO_SO", JUNE_30)).isFalse();
  }

  @Test
  void thePrimeMinistersCertificateDossierFollowsTheDecreeOfItsDay() {
    DossierRule before = law.dossierOn("BANG_KHEN_THU_TUONG", JUNE_30);
    DossierRule after = law.dossierOn("BANG_KHEN_THU_TUONG", JULY_1);
    assertThat(before.setsRequired()).isEqualTo(OptionalInt.of(1));
    assertThat(before.citation().provision()).isEqualTo("Điều 42");
    assertThat(before.electronicFiles()).isFalse();
    assertThat(after.setsRequired()).isEqualTo(OptionalInt.of(1));
    assertThat(after.electronicFiles()).isTrue();
    assertThat(after.citation().text()).isEqualTo("DECISION_637_2025_BNV");
  }

  /** What LAW.md does not give is left open, and the citation says why. */
  @Test
  void aNumberOfSetsNoSourceGivesIsLeftOpenWithItsReason() {
    DossierRule province = law.dossierOn("BANG_KHEN_TINH", JULY_1);
    assertThat(province.setsRequired()).isEmpty();
    assertThat(province.citation().confidence()).isEqualTo(Confidence.UNRESOLVED);
    assertThat(province.citation().note().en()).contains("not in the sources");
    assertThat(law.dossierOn("GIAY_KHEN", JULY_1).citation().provision())
        .isEqualTo("Điều 6 khoản 2 điểm c");
  }

  @Test
  void everyCitationThatIsNotVerifiedSaysWhy() {
    List<Citation> unverified = new ArrayList<>();
    for (LawVersion v : law.versions()) {
      for (FormRule f : v.forms()) {
        f.authorities().forEach(a -> unverified.add(a.citation()));
        unverified.add(f.basis());
        unverified.add(f.dossier().citation());
        f.prerequisitesIfAny().ifPresent(p -> collect(p, unverified));
      }
    }
    assertThat(unverified)
        .filteredOn(c -> !c.isVerified())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.note()).isNotNull());
  }

  private static void collect(Prerequisite p, List<Citation> out) {
    out.add(p.citation());
    Prerequisite.partsOf(p).forEach(q -> collect(q, out));
  }

  @Test
  void theRuleSetReadsBackEqualFromWhatTheWriterWrites() {
    String written = new LawJsonWriter().write(law);
    assertThat(new LawJsonReader().read(written)).isEqualTo(law);
    assertThat(new LawJsonWriter().write(new LawJsonReader().read(written))).isEqualTo(written);
    // the built-in file is kept as the writer writes it, so a change to it diffs cleanly
    assertThat(LawSchemaTest.text(BuiltInLaw.RULE_SET)).isEqualTo(written);
  }

  /**
   * MOHA's worked example of art. 74.1.d (LAW.md §1.4 h), read by the core's check against the
   * built-in rules: two excellent years with one initiative each, the grassroots title in the
   * second year only.
   */
  @Test
  void theBuiltInRulesGiveMohasAnswerToItsOwnExample() {
    Individual official = new Individual("official-1", "Nguyễn Văn An", "OFFICIALS", "W01");
    ParticipantHistory history =
        new ParticipantHistory(
            official.id(),
            List.of(
                new YearRating(2023, TaskRating.EXCELLENT),
                new YearRating(2024, TaskRating.EXCELLENT)),
            List.of(new TitleRecord(2024, "CHIEN_SI_THI_DUA_CO_SO", "15/QĐ-UBND", null)),
            List.of(
                new Initiative(
                    "Số hóa hồ sơ", InitiativeLevel.GRASSROOTS, LocalDate.of(2023, 11, 2)),
                new Initiative(
                    "Ký số văn bản", InitiativeLevel.GRASSROOTS, LocalDate.of(2024, 10, 8))),
            List.of(),
            List.of());
    OrgHierarchy units =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open(
                    "W01",
                    "Phường Vĩnh Quang",
                    UnitLevel.COMMUNE,
                    null,
                    LocalDate.of(2005, 1, 1))));
    PrerequisiteCheck check =
        new PrerequisiteCheck(
            law,
            units,
            HistoryBook.of(List.of(official), List.of(history)),
            new Subjects(Set.of(), Set.of()));

    PrerequisiteVerdict v =
        check.evaluate("BANG_KHEN_TINH", official, 2024, LocalDate.of(2025, 3, 3));

    assertThat(v.lawVersion()).isEqualTo(1);
    assertThat(v.status()).isEqualTo(PrerequisiteStatus.MET);
    PrerequisiteResult d = v.conditions().orElseThrow().parts().get(3);
    assertThat(d.cites()).startsWith("Điều 74 khoản 1 điểm d, Luật Thi đua, khen thưởng");
    assertThat(d.parts().get(0).status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(d.parts().get(1).status()).isEqualTo(PrerequisiteStatus.MET);
  }

  /** LAW.md §5.2 gives 2026; it gives no notice of 2024 or 2025, so those years are refused. */
  @Test
  void theBuiltInCalendarCountsAcrossTet2026AndRefuses2025() {
    WorkingCalendar calendar = BuiltInLaw.calendar();
    assertThat(calendar.years()).containsExactly(2026);
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 10))
        .isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 28), 3))
        .isEqualTo(LocalDate.of(2026, 9, 7));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    CalendarDataMissingException e =
        catchThrowableOfType(
            CalendarDataMissingException.class,
            () -> calendar.addWorkingDays(LocalDate.of(2025, 1, 20), 10));
    assertThat(e.reason().en()).contains("no data for 2025");
  }
}
