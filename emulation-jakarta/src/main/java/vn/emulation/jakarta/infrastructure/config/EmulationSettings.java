package vn.emulation.jakarta.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of the adapter in one place, with its default in {@code
 * META-INF/microprofile-config.properties}. Environment variables override them ({@code
 * EMULATION_UPLOAD_MAX_BYTES} for {@code emulation.upload.max-bytes}).
 */
@ApplicationScoped
public class EmulationSettings {

  @Inject
  @ConfigProperty(name = "emulation.datasource.jndi")
  String datasourceJndi;

  @Inject
  @ConfigProperty(name = "emulation.default-plan")
  String defaultPlan;

  @Inject
  @ConfigProperty(name = "emulation.locale")
  String locale;

  @Inject
  @ConfigProperty(name = "emulation.upload.max-bytes")
  long uploadMaxBytes;

  @Inject
  @ConfigProperty(name = "emulation.upload.max-rows")
  int uploadMaxRows;

  /** The largest electronic dossier received, unpacked (ADR 0052): it is read in memory. */
  @Inject
  @ConfigProperty(name = "emulation.dossier.max-bytes", defaultValue = "52428800")
  long dossierMaxBytes;

  @Inject
  @ConfigProperty(name = "emulation.upload.temp-dir")
  Optional<String> uploadTempDir;

  @Inject
  @ConfigProperty(name = "emulation.page.max-size")
  int pageMaxSize;

  @Inject
  @ConfigProperty(name = "emulation.demo.load")
  boolean demoLoad;

  @Inject
  @ConfigProperty(name = "emulation.public.open")
  boolean publicOpen;

  @Inject
  @ConfigProperty(name = "emulation.security.unit-claim")
  String unitClaim;

  @Inject
  @ConfigProperty(name = "emulation.clock.zone")
  String clockZone;

  @Inject
  @ConfigProperty(name = "emulation.history.unit-body-categories")
  Optional<String> unitBodyCategories;

  @Inject
  @ConfigProperty(name = "emulation.history.household-categories")
  Optional<String> householdCategories;

  @Inject
  @ConfigProperty(name = "emulation.facts.head-window-ms")
  long headWindowMillis;

  /**
   * How long, in milliseconds, a server keys published answers by the audit head it last read
   * before reading it again (ADR 0053): another server's write is seen at most this much later,
   * this server's at once. Zero reads it for every request.
   */
  public long headWindowMillis() {
    return headWindowMillis;
  }

  /**
   * The zone of "today" and "now" ({@code Asia/Ho_Chi_Minh}): the one clock's ({@link
   * ClockProducer}).
   */
  public String clockZone() {
    return clockZone;
  }

  /** Whether the published endpoints (open data, the city's progress) answer without a token. */
  public boolean publicOpen() {
    return publicOpen;
  }

  /** The token claim naming the user's unit ({@code unit} unless the portal names it otherwise). */
  public String unitClaim() {
    return unitClaim;
  }

  /** JNDI name of the datasource Flyway migrates and JPA uses. */
  public String datasourceJndi() {
    return datasourceJndi;
  }

  /** The plan the UI and the demo data use when none is named. */
  public String defaultPlan() {
    return defaultPlan;
  }

  /** The language of messages when a request states none. */
  public Locale defaultLocale() {
    return Locale.forLanguageTag(locale);
  }

  public long dossierMaxBytes() {
    return dossierMaxBytes;
  }

  public long uploadMaxBytes() {
    return uploadMaxBytes;
  }

  public int uploadMaxRows() {
    return uploadMaxRows;
  }

  /**
   * Where an upload's body is kept while it is read (then deleted): {@code
   * emulation.upload.temp-dir}, else the JVM's {@code java.io.tmpdir}.
   */
  public Path uploadTempDir() {
    return Path.of(
        uploadTempDir
            .filter(d -> !d.isBlank())
            .orElseGet(() -> System.getProperty("java.io.tmpdir")));
  }

  public int pageMaxSize() {
    return pageMaxSize;
  }

  /** Whether to load the demo city on first start: on in the sample server only. */
  public boolean demoLoad() {
    return demoLoad;
  }

  /**
   * The participant categories whose collectives are their units' bodies (the ward's People's
   * Committee), whose history follows the unit's lineage: {@code
   * emulation.history.unit-body-categories}, comma-separated.
   */
  public java.util.Set<String> unitBodyCategories() {
    return codes(unitBodyCategories);
  }

  /** The participant categories whose collectives are households for the law. */
  public java.util.Set<String> householdCategories() {
    return codes(householdCategories);
  }

  private static java.util.Set<String> codes(Optional<String> list) {
    return java.util.Arrays.stream(list.orElse("").split(","))
        .map(String::strip)
        .filter(c -> !c.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
