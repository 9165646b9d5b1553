package vn.emulation.jakarta.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.events.VerdictStored;

/**
 * Each port method fires its event on the CDI event of its type, synchronously (so that CDI can
 * defer the transactional observers to the commit), never asynchronously. That CDI then delivers an
 * {@code AFTER_SUCCESS} observer only after a commit is the container's contract (CDI 4.0 §10.4.5),
 * not tested here: a test-only observer bean cannot be deployed in the WAR (ADR 0023).
 */
class CdiApplicationEventsTest {

  /** A CDI event that records what is fired on it. */
  static final class Fired<T> implements Event<T> {
    final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("application events are fired synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new AssertionError("application events are fired synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new AssertionError("no qualifiers");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("no qualifiers");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("no qualifiers");
    }
  }

  @Test
  void eachEventIsFiredOnItsOwnType() {
    CdiApplicationEvents events = new CdiApplicationEvents();
    Fired<ReportStored> reports = new Fired<>();
    Fired<UploadStored> uploads = new Fired<>();
    Fired<UnitReorganised> units = new Fired<>();
    Fired<VerdictStored> verdicts = new Fired<>();
    Fired<PlanStatusChanged> plans = new Fired<>();
    events.reports = reports;
    events.uploads = uploads;
    events.units = units;
    events.verdicts = verdicts;
    events.plans = plans;

    ReportStored report = new ReportStored("rach-gia", "30745", "G2", 2024, true);
    UploadStored upload = new UploadStored("rach-gia", "u-1", 12, "a".repeat(64));
    UnitReorganised merger =
        new UnitReorganised(
            UnitReorganised.Change.MERGE,
            LocalDate.of(2025, 7, 1),
            List.of("30745", "30748"),
            List.of("30790"));
    VerdictStored verdict = new VerdictStored("rach-gia", 2, "ANNUAL-2024", "run-1", 67);
    PlanStatusChanged status =
        new PlanStatusChanged(
            "rach-gia", 2, PlanStatus.DRAFT, PlanStatus.IN_FORCE, LocalDate.of(2024, 3, 15), 1);
    events.reportStored(report);
    events.uploadStored(upload);
    events.unitReorganised(merger);
    events.verdictStored(verdict);
    events.planStatusChanged(status);

    assertThat(reports.fired).containsExactly(report);
    assertThat(uploads.fired).containsExactly(upload);
    assertThat(units.fired).containsExactly(merger);
    assertThat(verdicts.fired).containsExactly(verdict);
    assertThat(plans.fired).containsExactly(status);
  }
}
