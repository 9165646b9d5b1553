package vn.emulation.jakarta.application.participant;

import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.testing.InMemoryCity;

/** The built-in Rạch Giá plan, read once for the tests of this package. */
final class RachGia {

  static final Plan PLAN = read();

  private RachGia() {}

  private static Plan read() {
    return InMemoryCity.plan();
  }
}
