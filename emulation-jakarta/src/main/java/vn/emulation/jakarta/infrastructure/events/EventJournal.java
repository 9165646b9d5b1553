package vn.emulation.jakarta.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.events.VerdictStored;

/**
 * The first observer of the application events, and the model for the others: one line in the
 * server's log per event, written only once the change it announces has committed ({@code
 * AFTER_SUCCESS}; a change that rolls back writes none). Operators read it as the journal of what
 * changed; the ITs read it to see the delivery after the commit (ADR 0023). The events hold codes,
 * numbers and days that the use cases checked, never free text, so a line cannot be forged.
 */
@ApplicationScoped
public class EventJournal {

  static final String PREFIX = "application event after commit: ";

  private static final Logger LOG = Logger.getLogger(EventJournal.class.getName());

  void report(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportStored event) {
    write(event);
  }

  void upload(@Observes(during = TransactionPhase.AFTER_SUCCESS) UploadStored event) {
    write(event);
  }

  void units(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitReorganised event) {
    write(event);
  }

  void verdicts(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerdictStored event) {
    write(event);
  }

  void plan(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanStatusChanged event) {
    write(event);
  }

  void cases(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged event) {
    LOG.info(() -> PREFIX + event.journal());
  }

  private static void write(Record event) {
    LOG.info(() -> PREFIX + event);
  }
}
