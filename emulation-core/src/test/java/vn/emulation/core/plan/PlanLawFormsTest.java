package vn.emulation.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.ParticipantKind;

class PlanLawFormsTest {

  private static final LawRuleSet LAW = TestLaw.ruleSet();
  private static final YearPeriod PERIOD = YearPeriod.of(2024, 2026);
  private static final Set<ParticipantKind> BOTH =
      Set.of(ParticipantKind.INDIVIDUAL, ParticipantKind.COLLECTIVE);

  private static AwardForm form(String code, Set<ParticipantKind> to, String lawForm) {
    AwardForm f = TestPlans.giayKhen(code, to, List.of("C1"));
    return lawForm == null ? f : f.asLawForm(lawForm);
  }

  private static List<Problem> check(YearPeriod period, AwardForm... forms) {
    ProblemCollector problems = new ProblemCollector();
    PlanLawForms.check(period, List.of(forms), LAW, problems);
    return problems.problems();
  }

  @Test
  void aFormNamingALawFormEveryVersionKnowsForItsRecipientsPasses() {
    assertThat(check(PERIOD, form("GK", BOTH, TestLaw.GIAY_KHEN), form("X", BOTH, null))).isEmpty();
  }

  @Test
  void everyUnknownCodeAndEveryRecipientTheLawFormIsNotForIsReportedAtItsPath() {
    List<Problem> problems =
        check(
            PERIOD,
            form("GK", BOTH, TestLaw.GIAY_KHEN),
            form("KHONG-CO", BOTH, "NO_SUCH_FORM"),
            form("LDTT", BOTH, TestLaw.LDTT),
            form("TAP-THE", Set.of(ParticipantKind.INDIVIDUAL), TestLaw.TLDXS));

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "awardForms[1].lawForm", "awardForms[2].recipients", "awardForms[3].recipients");
    assertThat(problems.get(0).reason().vi())
        .contains("NO_SUCH_FORM", "vn-thi-dua-khen-thuong", "2024–2026");
    assertThat(problems.get(1).reason().vi()).contains("LDTT", TestLaw.LDTT, "Tập thể");
    assertThat(problems.get(1).reason().en()).contains("Collective");
    assertThat(problems.get(2).reason().vi()).contains(TestLaw.TLDXS, "Cá nhân");
  }

  @Test
  void aPeriodTheLawDoesNotGovernKnowsNoLawForm() {
    assertThat(check(YearPeriod.of(2020, 2022), form("GK", BOTH, TestLaw.GIAY_KHEN)))
        .extracting(Problem::path)
        .containsExactly("awardForms[0].lawForm");
  }
}
