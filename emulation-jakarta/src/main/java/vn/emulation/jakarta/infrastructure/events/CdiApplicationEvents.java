package vn.emulation.jakarta.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.events.VerdictStored;

/**
 * Application events as CDI events. {@code Event.fire} runs inside the use case's transaction; CDI
 * holds back every observer declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * until that transaction has committed and drops the delivery when it rolls back, so an observer
 * written that way never sees a change that was not stored. An observer without a transaction phase
 * would run at once, inside the transaction, and could fail it: observers of these events must
 * declare {@code AFTER_SUCCESS} (ADR 0023).
 *
 * <p>Observers: {@code EventJournal} (every event), {@code NoticeDelivery} (the cases' changes).
 */
@ApplicationScoped
public class CdiApplicationEvents implements ApplicationEvents {

  @Inject Event<ReportStored> reports;
  @Inject Event<UploadStored> uploads;
  @Inject Event<UnitReorganised> units;
  @Inject Event<VerdictStored> verdicts;
  @Inject Event<PlanStatusChanged> plans;
  @Inject Event<CaseChanged> cases;

  @Override
  public void reportStored(ReportStored event) {
    reports.fire(event);
  }

  @Override
  public void uploadStored(UploadStored event) {
    uploads.fire(event);
  }

  @Override
  public void unitReorganised(UnitReorganised event) {
    units.fire(event);
  }

  @Override
  public void verdictStored(VerdictStored event) {
    verdicts.fire(event);
  }

  @Override
  public void planStatusChanged(PlanStatusChanged event) {
    plans.fire(event);
  }

  @Override
  public void caseChanged(CaseChanged event) {
    cases.fire(event);
  }
}
