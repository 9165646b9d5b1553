package vn.emulation.jakarta.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.plan.PlanJsonReader;
import vn.emulation.jakarta.plan.PlanJsonWriter;

/**
 * The plans the system runs: import a plan file (validated, every problem at once), list them, read
 * any version back in the same format. A version once stored never changes; an amendment is a new
 * version. Importing the very same file again is harmless.
 */
@ApplicationScoped
public class PlanCatalog {

  @Inject PlanRepository plans;
  @Inject AuditTrail audit;
  @Inject Callers callers;

  private final PlanJsonReader reader = new PlanJsonReader();
  private final PlanJsonWriter writer = new PlanJsonWriter();

  /** Parsed plans by code@version: versions are immutable, so the cache never goes stale. */
  private final Map<String, Plan> parsed = new ConcurrentHashMap<>();

  /** Outcome of an import: the stored version and whether it was new. */
  public record Imported(StoredPlan plan, boolean created) {}

  /**
   * Imports a plan file.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem of the file
   * @throws ConflictException when that version exists with other content
   */
  @Transactional
  public Imported importPlan(String json) {
    callers.writer();
    Plan plan = reader.read(json);
    String document = writer.write(plan);
    String sha = sha256(document);
    String code = plan.code();
    int version = plan.identity().version();
    var existing = plans.sha256(code, version);
    if (existing.isPresent()) {
      if (existing.get().equals(sha)) {
        return new Imported(stored(code, version), false);
      }
      throw new ConflictException(
          LocalizedText.of(
              "Kế hoạch "
                  + code
                  + " phiên bản "
                  + version
                  + " đã có với nội dung khác; điều chỉnh"
                  + " kế hoạch cần một phiên bản mới",
              "Plan "
                  + code
                  + " version "
                  + version
                  + " already exists with other content; an"
                  + " amendment needs a new version"));
    }
    List<StoredPlan> earlier = plans.versions(code);
    StoredPlan stored = plans.add(plan, document, sha);
    // the plan's latest version before and after: the summary, not the whole document
    audit.record(
        "plan.import",
        "plans/" + code,
        earlier.isEmpty() ? null : earlier.get(earlier.size() - 1),
        stored);
    return new Imported(stored, true);
  }

  public Page<StoredPlan> list(PageRequest request) {
    return plans.latestOfEach(request);
  }

  public List<StoredPlan> versions(String code) {
    List<StoredPlan> versions = plans.versions(code);
    if (versions.isEmpty()) {
      throw unknownPlan(code);
    }
    return versions;
  }

  /** The latest version of a plan. */
  public Plan latest(String code) {
    int version = plans.latestVersion(code).orElseThrow(() -> unknownPlan(code));
    return version(code, version);
  }

  /** One version of a plan. */
  public Plan version(String code, int version) {
    return parsed.computeIfAbsent(code + "@" + version, k -> reader.read(document(code, version)));
  }

  /** One version in the plan file format, exactly as stored. */
  public String document(String code, int version) {
    return plans
        .document(code, version)
        .orElseThrow(
            () ->
                new NotFoundException(
                    LocalizedText.of(
                        "Không có kế hoạch " + code + " phiên bản " + version,
                        "No plan " + code + " version " + version)));
  }

  private StoredPlan stored(String code, int version) {
    return plans.versions(code).stream()
        .filter(p -> p.version() == version)
        .findFirst()
        .orElseThrow();
  }

  static NotFoundException unknownPlan(String code) {
    return new NotFoundException(LocalizedText.of("Không có kế hoạch " + code, "No plan " + code));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
