package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.jakarta.application.plan.DescribedVersion;
import vn.emulation.jakarta.application.plan.StoredPlan;

/**
 * A plan version as the list of a plan's versions shows it: what is stored of it, the document it
 * is (number, day of issue) and the statuses a person may ask for next, so that a page offers only
 * those (core {@link PlanStatus#askableNext}). Immutable.
 *
 * @param code the plan's code
 * @param version its version
 * @param title its title
 * @param status its status: DRAFT, IN_FORCE, SUPERSEDED or CLOSED
 * @param statusName the status in words
 * @param documentNumber the document's number, {@code null} when the file does not know it
 * @param issuedOn the date of issue, {@code null} when the file does not know it
 * @param inForceFrom the first day it governed, {@code null} for a draft
 * @param inForceUntil the first day it no longer governed, {@code null} unless superseded or closed
 * @param firstYear first year of the period
 * @param lastYear last year of the period
 * @param importedAt when it was imported
 * @param allowedNext the statuses a change of status may ask for now, in the order of the life
 */
public record PlanVersionView(
    String code,
    int version,
    LocalizedText title,
    String status,
    LocalizedText statusName,
    String documentNumber,
    LocalDate issuedOn,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    int firstYear,
    int lastYear,
    OffsetDateTime importedAt,
    List<NextStatus> allowedNext) {

  public PlanVersionView {
    allowedNext = List.copyOf(allowedNext);
  }

  /**
   * A status a change may ask for, with its name for the choice a page offers.
   *
   * @param status its code, what the command sends
   * @param name the status in words
   */
  public record NextStatus(String status, LocalizedText name) {

    static NextStatus of(PlanStatus status) {
      return new NextStatus(status.name(), status.label());
    }
  }

  /** The stored version with what its document says of itself. */
  public static PlanVersionView of(DescribedVersion described) {
    StoredPlan stored = described.stored();
    PlanIdentity identity = described.identity();
    PlanStatus status = PlanStatus.valueOf(stored.status());
    return new PlanVersionView(
        stored.code(),
        stored.version(),
        stored.title(),
        stored.status(),
        status.label(),
        identity.documentNumber(),
        identity.issuedOn(),
        stored.inForceFrom(),
        stored.inForceUntil(),
        stored.firstYear(),
        stored.lastYear(),
        stored.importedAt(),
        status.askableNext().stream().sorted().map(NextStatus::of).toList());
  }
}
