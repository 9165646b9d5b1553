package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.notice.Audience;
import vn.emulation.core.procedure.notice.NoticeKind;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.notice.Notices;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.infrastructure.mail.JakartaNoticeMail;
import vn.emulation.jakarta.infrastructure.mail.MailSettings;
import vn.emulation.jakarta.testing.InMemoryCases;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryNoticeRepository;

/**
 * The registration deadline's reminders of the daily run, on the built-in plan: the units taking
 * part that have not sent a registration are reminded from the days ahead up to the deadline, each
 * once; a unit whose registration was sent is not; after the deadline nobody is.
 */
class DeadlineRemindersTest {

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final InMemoryNoticeRepository store = new InMemoryNoticeRepository();
  private final InMemoryCases<Registration> cases =
      new InMemoryCases<>(Registration::id, Registration::version);
  private final RegistrationRepository registrations = new Registrations(cases);
  private final Notices notices =
      new Notices(
          store,
          new JakartaNoticeMail(MailSettings.none()),
          city.callers,
          InMemoryCity.CLOCK,
          plans,
          plan -> Set.of(InMemoryCity.WARD, InMemoryCity.OTHER_WARD),
          registrations);
  private final LocalDate due =
      RegistrationDeadline.fromPlan(plans.latest(InMemoryCity.PLAN)).orElseThrow().dueOn();

  /** The registrations of the in-memory cases. */
  private record Registrations(InMemoryCases<Registration> cases)
      implements RegistrationRepository {
    @Override
    public java.util.Optional<Registration> find(String id) {
      return cases.find(id);
    }

    @Override
    public void insert(Registration opened) {
      cases.insert(opened);
    }

    @Override
    public void update(Registration changed, long readVersion) {
      cases.update(changed, readVersion);
    }

    @Override
    public List<Registration> list(
        String planCode, RegistrationState state, Collection<String> unitCodes) {
      return cases.all(r -> r.planCode().equals(planCode));
    }
  }

  private void sentBy(String unit) {
    cases.insert(
        Registration.open(
                "reg-" + unit,
                InMemoryCity.PLAN,
                null,
                unit,
                List.of("p-1"),
                new FileReference("ke-hoach.pdf", FileReference.PDF, 10, "ab".repeat(32)),
                new RegistrationDeadline(due, "REGISTRATION"),
                "someone",
                Instant.parse("2023-01-05T02:00:00Z"))
            .submit("someone", Instant.parse("2023-01-06T02:00:00Z")));
  }

  @Test
  void theUnitsThatHaveNotSentAreRemindedOnceFromTheDaysAheadToTheDeadline() {
    sentBy(InMemoryCity.OTHER_WARD);

    assertThat(notices.remindDeadlines(due.minusDays(8), 7)).as("not yet").isEmpty();
    List<StoredNotice> reminded = notices.remindDeadlines(due.minusDays(3), 7);
    assertThat(reminded).hasSize(1);
    var n = reminded.get(0).notice();
    assertThat(n.kind()).isEqualTo(NoticeKind.DEADLINE_APPROACHING);
    assertThat(n.audience()).isEqualTo(Audience.unitStaff(InMemoryCity.WARD));
    assertThat(n.dueOn()).isEqualTo(due);
    assertThat(notices.remindDeadlines(due.minusDays(2), 7)).as("once").isEmpty();
    assertThat(notices.remindDeadlines(due.plusDays(1), 7)).as("after it: overdue").isEmpty();

    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    var mine = notices.mine(false, new PageRequest(0, 10)).items();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).notice().notice().caseKind()).isEqualTo("deadline");
    city.callers.actAs(new Caller("binh.reporter", Set.of(Role.REPORTER), InMemoryCity.OTHER_WARD));
    assertThat(notices.mine(false, new PageRequest(0, 10)).items()).isEmpty();
  }
}
