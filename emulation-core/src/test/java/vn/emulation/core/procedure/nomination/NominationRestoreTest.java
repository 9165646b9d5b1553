package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.procedure.nomination.NominationFixtures.APPRAISED;
import static vn.emulation.core.procedure.nomination.NominationFixtures.CALENDAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Transition;

/** A stored nomination restored exactly as a command left it, and refused where none could have. */
class NominationRestoreTest {

  private static Nomination restored(Nomination n, VerdictReference v, List<Appraisal> a) {
    return restored(n, v, a, n.log());
  }

  private static Nomination restored(
      Nomination n, VerdictReference v, List<Appraisal> a, CaseLog<NominationState> log) {
    return Nomination.restore(
        n.id(),
        n.occasion(),
        n.unitCode(),
        n.participantId(),
        n.awardFormCode(),
        n.lawFormCode(),
        n.dossier(),
        v,
        a,
        log);
  }

  @Test
  void aReturnedNominationIsRestoredAndGoesOn() {
    Nomination returned =
        NominationFixtures.submitted("n-1")
            .returnForCorrection("Thiếu biên bản", CALENDAR, 5, "hoa.officer", APPRAISED);

    Nomination back = restored(returned, returned.verdict().orElseThrow(), returned.appraisals());

    assertThat(back.state()).isEqualTo(NominationState.RETURNED);
    assertThat(back.version()).isEqualTo(returned.version());
    assertThat(back.appraisal()).isEqualTo(returned.appraisal());
    assertThat(back.allowedCommands()).containsExactly("amend", "submit");
  }

  @Test
  void aLogThatSkipsTheSubmissionIsRefused() {
    Nomination draft = NominationFixtures.draft("n-2");
    CaseLog<NominationState> forged =
        new CaseLog<>(
            NominationState.ELIGIBLE,
            2,
            List.of(
                new Transition<>(
                    "findEligible",
                    NominationState.DRAFT,
                    NominationState.ELIGIBLE,
                    "hoa.officer",
                    APPRAISED,
                    null)));

    assertThatThrownBy(() -> restored(draft, null, List.of(), forged))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aVersionThatDoesNotCountTheTransitionsIsRefused() {
    Nomination sent = NominationFixtures.submitted("n-3");
    CaseLog<NominationState> forged =
        new CaseLog<>(sent.state(), sent.version() + 1, sent.log().transitions());

    assertThatThrownBy(() -> restored(sent, sent.verdict().orElseThrow(), List.of(), forged))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSentNominationWithoutItsVerdictOrWithAMissingAppraisalIsRefused() {
    Nomination sent = NominationFixtures.submitted("n-4");
    Nomination found = sent.findEligible(null, null, "hoa.officer", APPRAISED);

    assertThatThrownBy(() -> restored(sent, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> restored(found, found.verdict().orElseThrow(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(restored(found, found.verdict().orElseThrow(), found.appraisals()).state())
        .isEqualTo(NominationState.ELIGIBLE);
  }
}
