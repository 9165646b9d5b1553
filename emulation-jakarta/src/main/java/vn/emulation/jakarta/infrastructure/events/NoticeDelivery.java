package vn.emulation.jakarta.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.notice.Notices;

/**
 * The procedure's notices from the cases' changes (ADR 0046): after the change committed ({@code
 * AFTER_SUCCESS}, ADR 0023), the notice the core's rule gives is stored in a transaction of its
 * own, then mailed outside any. A failure here is logged; the change stays stored.
 */
@ApplicationScoped
public class NoticeDelivery {

  private static final Logger LOG = Logger.getLogger(NoticeDelivery.class.getName());

  @Inject Notices notices;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged event) {
    try {
      notices.caseChanged(event).ifPresent(notices::mail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "no notice of " + event.journal(), e);
    }
  }
}
