package vn.emulation.jakarta.demo;

import java.math.BigDecimal;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.testing.InMemoryCity;

/** The real Rạch Giá plan and the demo city made from it, read and generated once. */
final class DemoFixtures {

  static final long SEED = DemoCityGenerator.DEFAULT_SEED;

  static final Plan PLAN = read();
  static final DemoCity CITY = DemoCityGenerator.generate(PLAN, SEED);

  private DemoFixtures() {}

  private static Plan read() {
    return InMemoryCity.plan();
  }

  /** The plan with the two parameters it leaves open set, as Home Affairs would set them. */
  static Plan planWithParameters() {
    return PLAN.toBuilder()
        .parameterValue("WARD_MIN_TARGETS_MET", BigDecimal.valueOf(6))
        .parameterValue("PROVINCE_CONTRIBUTION_NORM_VND", BigDecimal.valueOf(300_000_000L))
        .build();
  }
}
