package vn.emulation.jakarta.testing;

import java.util.Locale;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/** The settings of {@code microprofile-config.properties} that use cases read, fixed. */
public final class TestSettings extends EmulationSettings {

  @Override
  public int pageMaxSize() {
    return 500;
  }

  @Override
  public long uploadMaxBytes() {
    return 10_000_000L;
  }

  @Override
  public int uploadMaxRows() {
    return 10_000;
  }

  @Override
  public String defaultPlan() {
    return "rach-gia-2022-2025";
  }

  @Override
  public Locale defaultLocale() {
    return Locale.forLanguageTag("vi");
  }

  @Override
  public String clockZone() {
    return "Asia/Ho_Chi_Minh";
  }

  @Override
  public java.util.Set<String> unitBodyCategories() {
    return java.util.Set.of("WARD_COMMITTEES");
  }

  @Override
  public java.util.Set<String> householdCategories() {
    return java.util.Set.of();
  }
}
