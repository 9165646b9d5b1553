package vn.emulation.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.law.Citation.verified;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

/** The builder reports every problem of a rule set at once, each at its path. */
class LawValidationTest {

  private static Map<String, String> problemsOf(LawRuleSetBuilder builder) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, builder::build);
    assertThat(e).as("the rule set is refused").isNotNull();
    return e.problems().stream()
        .collect(Collectors.toMap(Problem::path, p -> p.reason().en(), (a, b) -> a + " | " + b));
  }

  private static LawRuleSetBuilder builder() {
    return LawRuleSet.builder("vn-thi-dua-khen-thuong", LocalizedText.of("Luật", "Law"));
  }

  @Test
  void theTestRuleSetIsSound() {
    assertThat(TestLaw.ruleSet().versions()).hasSize(2);
  }

  @Test
  void overlappingVersionsAndMisnumberedOnesAreBothReported() {
    LawVersion v1 = TestLaw.version(1);
    LawVersion early =
        new LawVersion(
            3,
            LocalDate.of(2025, 6, 1),
            null,
            TestLaw.version(2).texts().stream()
                .map(
                    t ->
                        new LegalText(
                            t.code(), t.reference(), t.title(), LocalDate.of(2025, 6, 1), null))
                .toList(),
            TestLaw.version(2).forms(),
            TestLaw.version(2).exclusions(),
            TestLaw.version(2).nonBasis(),
            TestLaw.version(2).oneAward());

    Map<String, String> problems = problemsOf(builder().version(v1).version(early));

    assertThat(problems)
        .containsEntry("versions[1].number", "Version 2 in order must be numbered 2, was 3")
        .containsEntry(
            "versions[1].effectiveFrom",
            "A version taking effect 2025-06-01 must start after the last day of version 1");
  }

  @Test
  void everyFaultInsideAVersionIsReportedAtItsPath() {
    LawVersion v = TestLaw.version(2);
    List<FormRule> forms = new ArrayList<>(v.forms());
    FormRule bk = v.form(TestLaw.BK_TTG).orElseThrow();
    int bkAt = forms.indexOf(bk);
    forms.set(
        bkAt,
        new FormRule(
            bk.code(),
            bk.kind(),
            bk.name(),
            java.util.Set.of(),
            bk.authorities(),
            new DossierRule(bk.dossier().items(), 0, true, verified("DECREE_98_2023", "Điều 42")),
            new Prerequisite.AllOf(
                List.of(
                    new Prerequisite.TitleCount(
                        "BANG_KHEN_TINH", 3, 2, verified(TestLaw.LAW, "Điều 73")),
                    new Prerequisite.AwardHeld("KY_NIEM_CHUONG", verified(TestLaw.LAW, "Điều 73"))),
                new Citation(TestLaw.LAW, "Điều 73", Confidence.RECALLED, null)),
            null,
            bk.basis()));
    List<LegalText> texts = new ArrayList<>(v.texts());
    texts.add(
        new LegalText(
            "DECREE_98_2023",
            "Nghị định số 98/2023/NĐ-CP",
            LocalizedText.vietnamese("Nghị định 98"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 6, 30)));
    LawVersion broken =
        new LawVersion(
            1, v.effectiveFrom(), null, texts, forms, v.exclusions(), v.nonBasis(), v.oneAward());

    Map<String, String> problems = problemsOf(builder().version(broken));

    String at = "versions[0].forms[" + bkAt + "]";
    assertThat(problems)
        .containsEntry(
            at + ".recipients", "The form BANG_KHEN_THU_TUONG needs at least one recipient")
        .containsEntry(at + ".dossier.sets", "Must be at least 1, was 0")
        .containsEntry(
            at + ".prerequisites.conditions[0].title",
            "This version has no emulation title \"BANG_KHEN_TINH\"")
        .containsEntry(
            at + ".prerequisites.conditions[0].years",
            "A window of 2 years must be at least 1 and no shorter than the 3 times asked")
        .containsEntry(
            at + ".prerequisites.conditions[1].form", "This version has no form \"KY_NIEM_CHUONG\"")
        .containsEntry(
            at + ".prerequisites.citation.note", "A citation of confidence RECALLED needs a note")
        .containsKey("versions[0].texts[" + (texts.size() - 1) + "]");
    assertThat(problems.get("versions[0].texts[" + (texts.size() - 1) + "]"))
        .contains("DECREE_98_2023")
        .contains("2025-06-30");
  }

  @Test
  void aCitationOfATextTheVersionDoesNotHoldIsReported() {
    LawVersion v = TestLaw.version(1);
    LawVersion broken =
        new LawVersion(
            1,
            v.effectiveFrom(),
            v.effectiveTo(),
            v.texts(),
            v.forms(),
            v.exclusions(),
            new NonBasis(java.util.Set.of(AwardType.SUDDEN), verified("DECREE_152_2025", "Điều 4")),
            v.oneAward());

    assertThat(problemsOf(builder().version(broken)))
        .containsEntry(
            "versions[0].nonBasis.citation.text",
            "The citation names \"DECREE_152_2025\", which is not one of the version's texts");
  }

  @Test
  void aRuleSetWithoutVersionsOrWithABadCodeIsRefused() {
    Map<String, String> problems =
        problemsOf(LawRuleSet.builder("VN LAW", LocalizedText.vietnamese("Luật")));
    assertThat(problems).containsKeys("code", "versions");
  }
}
