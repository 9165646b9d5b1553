package vn.emulation.core.procedure.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.procedure.Fixtures.morningOf;
import static vn.emulation.core.procedure.registration.RegistrationTest.JANUARY_2023;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.Fixtures;
import vn.emulation.core.procedure.registration.OverdueRegistrations.Overdue;
import vn.emulation.core.procedure.registration.OverdueRegistrations.Why;

/** The units Home Affairs must urge on a day after the deadline. */
class OverdueRegistrationsTest {

  private static Registration of(String unit) {
    return Registration.open(
        "reg-" + unit,
        "rach-gia-2022-2025",
        null,
        unit,
        List.of("ward-" + unit),
        Fixtures.pdf("ke-hoach-" + unit),
        JANUARY_2023,
        "clerk." + unit,
        morningOf(2023, 1, 3));
  }

  private final Registration accepted =
      of("30745").submit("c", morningOf(2023, 1, 10)).accept("noivu", morningOf(2023, 1, 12), null);
  private final Registration draftOnly = of("30748");
  private final Registration returned =
      of("30751")
          .submit("c", morningOf(2023, 1, 20))
          .returnForCorrection("noivu", morningOf(2023, 1, 25), "thiếu danh sách");
  private final Registration late = of("30754").submit("c", morningOf(2023, 2, 6));
  private final List<String> expected = List.of("30745", "30748", "30751", "30754", "30757");
  private final List<Registration> all = List.of(accepted, draftOnly, returned, late);

  @Test
  void onOrBeforeTheDeadlineNobodyIsOverdue() {
    assertThat(OverdueRegistrations.on(LocalDate.of(2023, 1, 31), JANUARY_2023, expected, all))
        .isEmpty();
  }

  @Test
  void theDayAfterTheDeadlineListsTheUnitsWithoutARegistrationHomeAffairsHolds() {
    assertThat(OverdueRegistrations.on(LocalDate.of(2023, 2, 1), JANUARY_2023, expected, all))
        .containsExactly(
            new Overdue("30748", Why.NOT_SENT, "reg-30748"),
            new Overdue("30751", Why.RETURNED, "reg-30751"),
            new Overdue("30754", Why.NOT_SENT, "reg-30754"),
            new Overdue("30757", Why.NONE, null));
  }

  @Test
  void aRegistrationSentLateLeavesTheListFromTheDayItIsSent() {
    assertThat(OverdueRegistrations.on(LocalDate.of(2023, 2, 6), JANUARY_2023, expected, all))
        .extracting(Overdue::unitCode)
        .containsExactly("30748", "30751", "30757");
    assertThat(late.isLate()).isTrue();
  }
}
