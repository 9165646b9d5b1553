package vn.emulation.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.TaskRating;
import vn.emulation.core.participant.Collective;

/** What a history shows through the lineage: a merged ward's body shows its forebears' records. */
class HistoryLineageTest {

  static final LocalDate DECEMBER_2025 = LocalDate.of(2025, 12, 1);
  static final Subjects SUBJECTS = new Subjects(Set.of("WARD_COMMITTEES"), Set.of());

  final Collective vinhThanh =
      new Collective("ward-W02", "UBND phường Vĩnh Thanh", "WARD_COMMITTEES", "W02");
  final Collective rachGia =
      new Collective("ward-RGW", "UBND phường Rạch Giá", "WARD_COMMITTEES", "RGW");
  final Collective oldSchool = new Collective("school-W02", "Trường Vĩnh Thanh", "SCHOOLS", "W02");
  final Collective newSchool = new Collective("school-RGW", "Trường Rạch Giá", "SCHOOLS", "RGW");

  final AwardRecord award =
      new AwardRecord("BK_TINH", AwardType.MERIT, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), null);

  private HistoryLineage lineage(Collective of, ParticipantHistory... histories) {
    HistoryBook book =
        HistoryBook.of(List.of(vinhThanh, rachGia, oldSchool, newSchool), List.of(histories));
    return HistoryLineage.of(of, DECEMBER_2025, TestUnits.afterMerger(), book, SUBJECTS);
  }

  @Test
  void aMergedWardsBodyShowsItsPredecessorsAwardNamingWhereItCameFrom() {
    ParticipantHistory predecessor =
        new ParticipantHistory(
            "ward-W02", List.of(), List.of(), List.of(), List.of(award), List.of());
    ParticipantHistory own =
        new ParticipantHistory(
            "ward-RGW",
            List.of(new YearRating(2025, TaskRating.GOOD)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    HistoryLineage l = lineage(rachGia, predecessor, own);

    assertThat(l.awards())
        .containsExactly(
            new HistoryLineage.Sourced<>(
                award, new HistoryLineage.Source("ward-W02", "W02", false)));
    assertThat(l.ratings())
        .extracting(s -> s.source().own(), s -> s.record().year())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 2025));
  }

  @Test
  void aCollectiveThatIsNoUnitBodyShowsOnlyItsOwnRecords() {
    ParticipantHistory old =
        new ParticipantHistory(
            "school-W02", List.of(), List.of(), List.of(), List.of(award), List.of());

    assertThat(lineage(newSchool, old).awards()).isEmpty();
    assertThat(lineage(oldSchool, old).awards())
        .extracting(s -> s.source().own())
        .containsExactly(true);
  }
}
