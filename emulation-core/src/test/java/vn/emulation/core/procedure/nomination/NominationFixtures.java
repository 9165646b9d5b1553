package vn.emulation.core.procedure.nomination;

import static vn.emulation.core.procedure.Fixtures.morningOf;
import static vn.emulation.core.procedure.Fixtures.pdf;
import static vn.emulation.core.procedure.Fixtures.word;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.calendar.TestCalendar;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.ParticipantKind;

/**
 * Nominations for the tests: a ward proposed for the Giấy khen of the annual round 2025, sent in
 * February 2026 under the law's version 2 (Decree 152/2025), whose dossier the law asks for without
 * a number of sets, so the plan's one set governs.
 */
public final class NominationFixtures {

  public static final LawRuleSet LAW = TestLaw.ruleSet();
  public static final WorkingCalendar CALENDAR = TestCalendar.civilService2026();
  public static final String PLAN_FORM = "GK";
  public static final AwardForm GIAY_KHEN =
      TestPlans.giayKhen(PLAN_FORM, Set.of(ParticipantKind.values()), List.of("GEN"));
  public static final NominatedOccasion ANNUAL_2025 =
      new NominatedOccasion("ANNUAL-2025", OccasionType.ANNUAL, YearPeriod.of(2025, 2025));
  public static final String WARD = "ward-30745";
  public static final Instant SENT = morningOf(2026, 2, 10);
  public static final Instant APPRAISED = morningOf(2026, 2, 12);

  private NominationFixtures() {}

  /** Both documents the law asks for, each with its PDF and Word files, in one set. */
  public static Dossier completeDossier() {
    return new Dossier(
        1,
        List.of(
            new DossierDocument("SUBMISSION", List.of(pdf("to-trinh"), word("to-trinh"))),
            new DossierDocument("ACHIEVEMENT_REPORT", List.of(pdf("bao-cao"), word("bao-cao")))));
  }

  public static Nomination draft(String id) {
    return Nomination.open(
        id, ANNUAL_2025, "30745", WARD, PLAN_FORM, TestLaw.GIAY_KHEN, completeDossier());
  }

  public static VerdictReference verdict(String participant, Outcome outcome) {
    return new VerdictReference(
        "run-7", participant, ANNUAL_2025.code(), PLAN_FORM, outcome, "run-7/" + participant);
  }

  public static Nomination submitted(String id, Outcome verdict) {
    return draft(id).submit(LAW, GIAY_KHEN, verdict(WARD, verdict), Map.of(), "ward.clerk", SENT);
  }

  public static Nomination submitted(String id) {
    return submitted(id, Outcome.ELIGIBLE);
  }
}
