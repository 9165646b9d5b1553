package vn.emulation.jakarta.application.participant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/** The built-in Rạch Giá plan, read once for the tests of this package. */
final class RachGia {

  static final Plan PLAN = read();

  private RachGia() {}

  private static Plan read() {
    try (InputStream in = RachGia.class.getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      return new PlanJsonReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
