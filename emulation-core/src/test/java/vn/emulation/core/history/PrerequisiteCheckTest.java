package vn.emulation.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.law.TestLaw.BK_TINH;
import static vn.emulation.core.law.TestLaw.BK_TTG;
import static vn.emulation.core.law.TestLaw.CSTDCS;
import static vn.emulation.core.law.TestLaw.FIXTURE_COLLECTIVE;
import static vn.emulation.core.law.TestLaw.HCLD3;
import static vn.emulation.core.law.TestLaw.TLDXS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.ExclusionGround;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;

/** A form's prerequisites read against a participant's history, each with its article. */
class PrerequisiteCheckTest {

  static final LocalDate DECEMBER_2025 = LocalDate.of(2025, 12, 1);
  static final Subjects SUBJECTS = new Subjects(Set.of("WARD_COMMITTEES"), Set.of("HOUSEHOLDS"));

  final Individual official = new Individual("official-1", "Nguyễn Văn An", "OFFICIALS", "W01");
  final Collective vinhThanh =
      new Collective("ward-W02", "UBND phường Vĩnh Thanh", "WARD_COMMITTEES", "W02");
  final Collective rachGia =
      new Collective("ward-RGW", "UBND phường Rạch Giá", "WARD_COMMITTEES", "RGW");
  final Collective vinhQuang =
      new Collective("ward-W01", "UBND phường Vĩnh Quang", "WARD_COMMITTEES", "W01");
  final Collective mongTho =
      new Collective("commune-C1", "UBND xã Mong Thọ", "WARD_COMMITTEES", "C1");
  final Collective mongThoA =
      new Collective("commune-C1A", "UBND xã Mong Thọ A", "WARD_COMMITTEES", "C1A");
  final Collective oldSchool = new Collective("school-W02", "Trường Vĩnh Thanh", "SCHOOLS", "W02");
  final Collective newSchool = new Collective("school-RGW", "Trường Rạch Giá", "SCHOOLS", "RGW");

  private PrerequisiteVerdict check(
      String form, Participant p, int year, LocalDate on, ParticipantHistory... histories) {
    return check(TestUnits.afterMerger(), form, p, year, on, histories);
  }

  private PrerequisiteVerdict check(
      vn.emulation.core.unit.OrgHierarchy units,
      String form,
      Participant p,
      int year,
      LocalDate on,
      ParticipantHistory... histories) {
    HistoryBook book =
        HistoryBook.of(
            List.of(
                official, vinhQuang, vinhThanh, rachGia, mongTho, mongThoA, oldSchool, newSchool),
            List.of(histories));
    return new PrerequisiteCheck(TestLaw.ruleSet(), units, book, SUBJECTS)
        .evaluate(form, p, year, on);
  }

  /** A history built one record at a time. */
  static final class Record {
    final String id;
    final List<YearRating> ratings = new ArrayList<>();
    final List<TitleRecord> titles = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<AwardRecord> awards = new ArrayList<>();
    final List<OpenCase> cases = new ArrayList<>();

    Record(String id) {
      this.id = id;
    }

    Record rated(TaskRating rating, int... years) {
      for (int y : years) {
        ratings.add(new YearRating(y, rating));
      }
      return this;
    }

    Record title(String title, int... years) {
      for (int y : years) {
        titles.add(new TitleRecord(y, title, y + "/QĐ-UBND", null));
      }
      return this;
    }

    Record initiative(String name, LocalDate on) {
      initiatives.add(new Initiative(name, InitiativeLevel.GRASSROOTS, on));
      return this;
    }

    Record award(String form, AwardType type, String decision, LocalDate on, LocalDate revoked) {
      awards.add(new AwardRecord(form, type, decision, on, revoked));
      return this;
    }

    Record opened(ExclusionGround ground, LocalDate from, LocalDate until) {
      cases.add(new OpenCase(ground, from, until));
      return this;
    }

    ParticipantHistory history() {
      return new ParticipantHistory(id, ratings, titles, initiatives, awards, cases);
    }
  }

  private static PrerequisiteResult at(PrerequisiteVerdict v, String path) {
    return find(v.conditions().orElseThrow(), path);
  }

  private static PrerequisiteResult find(PrerequisiteResult r, String path) {
    if (r.path().equals(path)) {
      return r;
    }
    return r.parts().stream()
        .filter(p -> path.startsWith(p.path()))
        .map(p -> find(p, path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no condition at " + path));
  }

  /** Law art. 74.1.d, first branch: Chiến sĩ thi đua cơ sở twice in a row. */
  @Test
  void twoConsecutiveGrassrootsTitlesEarnTheProvincialCertificate() {
    ParticipantHistory h = new Record("official-1").title(CSTDCS, 2024, 2025).history();

    PrerequisiteVerdict v = check(BK_TINH, official, 2025, DECEMBER_2025, h);

    assertThat(v.status()).isEqualTo(PrerequisiteStatus.MET);
    assertThat(v.lawVersion()).isEqualTo(2);
    PrerequisiteResult d = at(v, "prerequisites.alternatives[1].alternatives[0]");
    assertThat(d.status()).isEqualTo(PrerequisiteStatus.MET);
    assertThat(d.cites())
        .isEqualTo("Điều 74 khoản 1 điểm d, Luật Thi đua, khen thưởng số 06/2022/QH15");
    assertThat(d.explanation().en())
        .isEqualTo(
            "The title “CHIEN_SI_THI_DUA_CO_SO” at least 2 times in 2024–2025, 2 found:"
                + " 2024 2024/QĐ-UBND; 2025 2025/QĐ-UBND");
  }

  /** Consecutive means without a gap: 2023 and 2025 are not two in a row for a 2025 proposal. */
  @Test
  void consecutiveTitlesBrokenByOneYearDoNotCount() {
    ParticipantHistory h = new Record("official-1").title(CSTDCS, 2023, 2025).history();

    PrerequisiteVerdict v = check(BK_TINH, official, 2025, DECEMBER_2025, h);

    PrerequisiteResult d = at(v, "prerequisites.alternatives[1]");
    assertThat(d.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(at(v, "prerequisites.alternatives[1].alternatives[0]").explanation().en())
        .contains("1 found: 2025 2025/QĐ-UBND");
    // the other alternative, an outstanding achievement in a movement, is the appraiser's to find
    assertThat(v.status()).isEqualTo(PrerequisiteStatus.FOR_APPRAISER);
    assertThat(v.met()).isFalse();
  }

  /** Law art. 73.1.b: five consecutive years rated well or better; one weaker year breaks them. */
  @Test
  void fiveConsecutiveYearsRatedWellAreBrokenByOneYear() {
    ParticipantHistory h =
        new Record("official-1")
            .rated(TaskRating.GOOD, 2021, 2022, 2024)
            .rated(TaskRating.COMPLETED, 2023)
            .rated(TaskRating.EXCELLENT, 2025)
            .title(CSTDCS, 2021, 2022, 2025)
            .award(BK_TINH, AwardType.MERIT, "12/QĐ-UBND", LocalDate.of(2022, 3, 1), null)
            .history();

    PrerequisiteVerdict v = check(BK_TTG, official, 2025, DECEMBER_2025, h);

    PrerequisiteResult years = at(v, "prerequisites.alternatives[1].conditions[1]");
    assertThat(years.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(years.explanation().en())
        .isEqualTo(
            "Each year 2021–2025 rated “Completed tasks well” or better; history: 2021: GOOD;"
                + " 2022: GOOD; 2023: COMPLETED; 2024: GOOD; 2025: EXCELLENT");
    assertThat(years.explanation().vi()).startsWith("Từng năm 2021–2025 xếp loại từ");
    assertThat(at(v, "prerequisites.alternatives[1].conditions[0]").status())
        .isEqualTo(PrerequisiteStatus.MET);
    assertThat(at(v, "prerequisites.alternatives[1].conditions[2]").status())
        .isEqualTo(PrerequisiteStatus.MET);
    assertThat(at(v, "prerequisites.alternatives[1]").status())
        .isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  /**
   * MOHA's reading of art. 74.1.d: 2023 excellent with one initiative, 2024 excellent with one
   * more: the initiatives count over the two-year window, with no minimum a year.
   */
  @Test
  void initiativesCountOverTheWholeWindow() {
    ParticipantHistory h =
        new Record("official-1")
            .rated(TaskRating.EXCELLENT, 2023, 2024)
            .initiative("Số hóa hồ sơ một cửa", LocalDate.of(2023, 11, 20))
            .initiative("Ký số văn bản đến", LocalDate.of(2024, 10, 5))
            .title(CSTDCS, 2024)
            .history();

    PrerequisiteVerdict v = check(BK_TINH, official, 2024, LocalDate.of(2025, 3, 1), h);

    assertThat(v.lawVersion()).isEqualTo(1);
    assertThat(at(v, "prerequisites.alternatives[1].alternatives[0]").status())
        .isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(at(v, "prerequisites.alternatives[1].alternatives[1]").status())
        .isEqualTo(PrerequisiteStatus.MET);
    assertThat(v.status()).isEqualTo(PrerequisiteStatus.MET);
  }

  private Record labourOrderCandidate(LocalDate revoked) {
    return new Record("official-1")
        .rated(TaskRating.GOOD, 2021, 2022, 2023, 2024)
        .rated(TaskRating.EXCELLENT, 2025)
        .title(CSTDCS, 2021, 2023, 2025)
        .award(BK_TTG, AwardType.MERIT, "305/QĐ-TTg", LocalDate.of(2023, 5, 10), revoked);
  }

  /** Law art. 44.1.e needs a Prime Minister's certificate; an annulled one (art. 93.2) is none. */
  @Test
  void aRevokedAwardDoesNotCount() {
    LocalDate revoked = LocalDate.of(2025, 2, 1);
    PrerequisiteVerdict standing =
        check(HCLD3, official, 2025, DECEMBER_2025, labourOrderCandidate(null).history());
    PrerequisiteVerdict annulled =
        check(HCLD3, official, 2025, DECEMBER_2025, labourOrderCandidate(revoked).history());
    PrerequisiteVerdict beforeAnnulment =
        check(
            HCLD3,
            official,
            2025,
            LocalDate.of(2025, 1, 31),
            labourOrderCandidate(revoked).history());

    assertThat(standing.status()).isEqualTo(PrerequisiteStatus.MET);
    PrerequisiteResult held = at(annulled, "prerequisites.alternatives[0].conditions[0]");
    assertThat(held.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(held.explanation().en())
        .isEqualTo(
            "Received “HUAN_CHUONG_LAO_DONG_HANG_BA” before: —".replace(HCLD3, BK_TTG)
                + "; not counted: 305/QĐ-TTg (10/05/2023), annulled on 01/02/2025");
    assertThat(held.explanation().vi()).contains("đã bị hủy bỏ ngày 01/02/2025");
    assertThat(annulled.status()).isNotEqualTo(PrerequisiteStatus.MET);
    assertThat(at(beforeAnnulment, "prerequisites.alternatives[0].conditions[0]").status())
        .isEqualTo(PrerequisiteStatus.MET);
  }

  /** Decree 152/2025 art. 4.3: a sudden award is no basis for a higher award for merit. */
  @Test
  void aSuddenAwardIsNoBasisForAHigherOne() {
    ParticipantHistory h =
        new Record("official-1")
            .award(BK_TINH, AwardType.SUDDEN, "88/QĐ-UBND", LocalDate.of(2024, 8, 1), null)
            .history();

    PrerequisiteResult held =
        at(
            check(BK_TTG, official, 2025, DECEMBER_2025, h),
            "prerequisites.alternatives[1].conditions[0]");

    assertThat(held.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(held.explanation().en())
        .contains("not counted: 88/QĐ-UBND (01/08/2024), For a sudden achievement is no basis")
        .contains("Điều 4 khoản 3");
  }

  /**
   * The ward Rạch Giá opened on 1 July 2025 from nine wards: its committee answers for their
   * committees' awards. The provincial certificate of Vĩnh Thanh's committee and its 2024 title
   * meet the prerequisite only through the lineage.
   */
  @Test
  void aPrerequisiteIsMetOnlyThroughAPredecessorsHistory() {
    ParticipantHistory predecessor =
        new Record("ward-W02")
            .title(TLDXS, 2024)
            .award(BK_TINH, AwardType.MERIT, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), null)
            .history();
    ParticipantHistory successor = new Record("ward-RGW").title(TLDXS, 2025).history();

    PrerequisiteVerdict v =
        check(FIXTURE_COLLECTIVE, rachGia, 2025, DECEMBER_2025, predecessor, successor);
    PrerequisiteVerdict alone = check(FIXTURE_COLLECTIVE, rachGia, 2025, DECEMBER_2025, successor);

    assertThat(v.status()).isEqualTo(PrerequisiteStatus.MET);
    assertThat(at(v, "prerequisites.conditions[0]").explanation().vi())
        .contains("45/QĐ-UBND (12/03/2024) — UBND phường Vĩnh Thanh");
    assertThat(at(v, "prerequisites.conditions[1]").explanation().en())
        .contains("2 found: 2024 2024/QĐ-UBND — UBND phường Vĩnh Thanh; 2025 2025/QĐ-UBND");
    assertThat(alone.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  /**
   * A split commune's awards go to neither successor (ADR 0015: the lineage gives a split unit to
   * none of them), so one award cannot count twice.
   */
  @Test
  void aSplitUnitsHistoryGoesToNoneOfItsSuccessors() {
    ParticipantHistory split =
        new Record("commune-C1")
            .title(TLDXS, 2024)
            .award(BK_TINH, AwardType.MERIT, "47/QĐ-UBND", LocalDate.of(2024, 3, 12), null)
            .history();
    ParticipantHistory own = new Record("commune-C1A").title(TLDXS, 2025).history();

    PrerequisiteVerdict v =
        check(
            TestUnits.communeSplitAtTheReform(),
            FIXTURE_COLLECTIVE,
            mongThoA,
            2025,
            DECEMBER_2025,
            split,
            own);

    assertThat(v.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(at(v, "prerequisites.conditions[0]").explanation().en()).endsWith("before: —");
  }

  /** A merged ward's year before it existed is rated as well as the weakest of its forebears. */
  @Test
  void aYearBeforeTheMergerIsMetOnlyIfEveryForebearMetIt() {
    ParticipantHistory own = new Record("ward-RGW").rated(TaskRating.GOOD, 2025).history();
    ParticipantHistory good =
        new Record("ward-W02").rated(TaskRating.GOOD, 2021, 2022, 2023, 2024).history();
    ParticipantHistory weak =
        new Record("ward-W01")
            .rated(TaskRating.GOOD, 2021, 2022, 2023)
            .rated(TaskRating.COMPLETED, 2024)
            .history();
    ParticipantHistory strong =
        new Record("ward-W01").rated(TaskRating.GOOD, 2021, 2022, 2023, 2024).history();

    PrerequisiteResult broken =
        at(
            check(BK_TTG, rachGia, 2025, DECEMBER_2025, own, good, weak),
            "prerequisites.alternatives[1].conditions[1]");
    PrerequisiteResult whole =
        at(
            check(BK_TTG, rachGia, 2025, DECEMBER_2025, own, good, strong),
            "prerequisites.alternatives[1].conditions[1]");

    assertThat(broken.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(broken.explanation().en())
        .contains("2024: COMPLETED — UBND phường Vĩnh Quang")
        .endsWith("2025: GOOD");
    assertThat(whole.status()).isEqualTo(PrerequisiteStatus.MET);
  }

  /** A school keeps its own history: the old ward's school is not the new ward's. */
  @Test
  void aCollectiveThatIsNoUnitBodyInheritsNothingFromItsUnitsLineage() {
    ParticipantHistory old =
        new Record("school-W02")
            .title(TLDXS, 2024)
            .award(BK_TINH, AwardType.MERIT, "46/QĐ-UBND", LocalDate.of(2024, 3, 12), null)
            .history();
    ParticipantHistory own = new Record("school-RGW").title(TLDXS, 2025).history();

    assertThat(check(FIXTURE_COLLECTIVE, newSchool, 2025, DECEMBER_2025, old, own).status())
        .isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  /** Decree 152/2025 art. 4.4: no award while discipline is being considered. */
  @Test
  void anOpenCaseExcludesTheParticipantUntilItCloses() {
    LocalDate opened = LocalDate.of(2025, 11, 3);
    ParticipantHistory h =
        new Record("official-1")
            .title(CSTDCS, 2024, 2025)
            .opened(ExclusionGround.DISCIPLINE, opened, LocalDate.of(2026, 1, 15))
            .history();

    PrerequisiteVerdict during = check(BK_TINH, official, 2025, DECEMBER_2025, h);
    PrerequisiteVerdict after = check(BK_TINH, official, 2025, LocalDate.of(2026, 1, 15), h);

    assertThat(during.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(during.refusals())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.en())
                    .isEqualTo(
                        "Not considered: discipline under consideration since 03/11/2025 (Điều 4)"));
    assertThat(after.status()).isEqualTo(PrerequisiteStatus.MET);
  }

  @Test
  void aTitleForIndividualsIsRefusedToACollective() {
    PrerequisiteVerdict v = check(CSTDCS, rachGia, 2025, DECEMBER_2025);
    assertThat(v.status()).isEqualTo(PrerequisiteStatus.NOT_MET);
    assertThat(v.refusals()).singleElement().satisfies(r -> assertThat(r.vi()).contains("Tập thể"));
  }
}
