package vn.emulation.jakarta.application.events;

/**
 * The port through which use cases announce what they stored, for whatever later reacts to it
 * (recomputing figures, notifying people, the jobs): the use cases depend on this interface only.
 *
 * <p>A use case calls it inside its transaction, after the change is written and audited. An
 * implementation must deliver an event only once that transaction has committed, and never for a
 * change that rolled back; the infrastructure's {@code CdiApplicationEvents} does so with CDI
 * transactional observers (ADR 0023).
 */
public interface ApplicationEvents {

  /** One value reported for an indicator, a unit and a year. */
  void reportStored(ReportStored event);

  /** A file of reports stored as a whole. */
  void uploadStored(UploadStored event);

  /** A unit opened, closed, moved, or units merged or split. */
  void unitReorganised(UnitReorganised event);

  /** The verdicts of an occasion evaluated and stored (called by the stored evaluation runs). */
  void verdictStored(VerdictStored event);

  /** A plan version came into force (superseding another), or closed. */
  void planStatusChanged(PlanStatusChanged event);

  /**
   * A command on a procedure case stored, of any step (called once, by the generic case flow).
   * Implementations written before it answer nothing.
   */
  default void caseChanged(CaseChanged event) {}
}
