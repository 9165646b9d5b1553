package vn.emulation.jakarta.format.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.jakarta.format.plan.PlanFiles.fixtureWith;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.format.law.BuiltInLaw;

/** A plan's award forms naming the law's forms they are, held to the shipped law (ADR 0044). */
class PlanLawFormsJsonTest {

  private final PlanJsonReader reader = new PlanJsonReader(BuiltInLaw.ruleSet());

  @Test
  void theFixturesFormsAreTheLawsFormsTheyNameAndAreWrittenBack() {
    Plan plan = reader.read(PlanFiles.text(PlanFiles.FIXTURE));

    assertThat(plan.awardForms())
        .extracting(f -> f.code() + "=" + f.lawFormIfAny().orElse("-"))
        .containsExactly("GIAY_KHEN_CHU_TICH_PHUONG=GIAY_KHEN", "BANG_KHEN_TINH=BANG_KHEN_TINH");
    assertThat(new PlanJsonWriter().write(plan)).contains("\"lawForm\": \"GIAY_KHEN\"");
  }

  @Test
  void theShippedPlanNamesItsLawFormsAndReadsAgainstTheLaw() {
    Plan plan = reader.read(PlanFiles.text("/plans/rach-gia-2022-2025.json"));

    assertThat(plan.awardForms())
        .allSatisfy(f -> assertThat(f.lawFormIfAny()).as(f.code()).isPresent());
  }

  @Test
  void anUnknownLawFormAndOneNotForTheRecipientsComeWithTheModelsProblemsAtOnce() {
    String json =
        fixtureWith(
            Json.createPatchBuilder()
                .replace("/awardForms/0/lawForm", "NO_SUCH_FORM")
                .replace("/awardForms/1/lawForm", "LAO_DONG_TIEN_TIEN")
                .replace("/targets/0/threshold", 120)
                .build());

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "targets[0].threshold", "awardForms[0].lawForm", "awardForms[1].recipients");
    Problem unknown =
        e.problems().stream()
            .filter(p -> p.path().equals("awardForms[0].lawForm"))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.reason().vi()).contains("NO_SUCH_FORM", "2024–2025");
    assertThat(unknown.reason().en()).contains("NO_SUCH_FORM", "vn-thi-dua-khen-thuong");
  }

  @Test
  void aMalformedLawFormIsTheFormatsProblem() {
    List<Problem> problems =
        catchThrowableOfType(
                InvalidInputException.class,
                () ->
                    reader.read(
                        fixtureWith(
                            Json.createPatchBuilder()
                                .replace("/awardForms/0/lawForm", "giấy khen")
                                .build())))
            .problems();

    assertThat(problems).extracting(Problem::path).containsExactly("awardForms[0].lawForm");
  }
}
