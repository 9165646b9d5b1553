package vn.emulation.jakarta.application.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The audit head an edge keys rendered answers by (ADR 0034 §5), read at most once per window
 * ({@code emulation.facts.head-window-ms}, ADR 0053) instead of once per request: the published
 * reads' last database round trip. Every audited write of this server ends the window when its
 * transaction completes ({@link AuditTrail} calls {@link #moving()}), so a report is in this
 * server's next answer; another server's write is in it at most one window later.
 */
@ApplicationScoped
public class RecentHead {

  @Inject FactsRevision facts;
  @Inject EmulationSettings settings;
  @Resource TransactionSynchronizationRegistry transactions;

  private HeadWindow window;

  @PostConstruct
  void open() {
    window = new HeadWindow(Duration.ofMillis(settings.headWindowMillis()), System::nanoTime);
  }

  /** The audit head, at most one window old (as committed on another server). */
  public long head() {
    return window.head(facts::head);
  }

  /**
   * Called inside a transaction that appends to the audit log: once it completes, the next {@link
   * #head()} reads the database again.
   */
  public void moving() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before: the head moves only if the transaction commits
          }

          @Override
          public void afterCompletion(int status) {
            window.moved();
          }
        });
  }
}
