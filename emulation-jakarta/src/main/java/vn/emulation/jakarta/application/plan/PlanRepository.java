package vn.emulation.jakarta.application.plan;

import java.util.List;
import java.util.Optional;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * The port to the stored plan versions, each kept as its plan file: what {@link PlanCatalog} needs
 * of a store, answered by the persistence adapter ({@code JpaPlanRepository}) or, in the use-case
 * tests, by a map.
 */
public interface PlanRepository {

  /** Stores a new version, stamped with the clock's instant; the caller checked it is free. */
  StoredPlan add(Plan plan, String document, String sha256);

  /** The SHA-256 of a stored version's document. */
  Optional<String> sha256(String code, int version);

  /** A stored version's plan file. */
  Optional<String> document(String code, int version);

  /** The highest version of a plan, if any. */
  Optional<Integer> latestVersion(String code);

  /** The latest version of every plan, by code. */
  Page<StoredPlan> latestOfEach(PageRequest request);

  /** Every version of one plan, oldest first. */
  List<StoredPlan> versions(String code);

  /**
   * Every version of one plan with its status, locked until the transaction ends so that two
   * changes of status of one plan happen one after the other (at most one version in force).
   */
  PlanVersions statusesForUpdate(String code);

  /** Every version of one plan with its status, as read now. */
  PlanVersions statuses(String code);

  /** Stores the status and days of every version that changed; versions are never added here. */
  void saveStatuses(PlanVersions versions);
}
