package vn.emulation.jakarta.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.core.procedure.notice.Audience;
import vn.emulation.core.procedure.notice.Notice;
import vn.emulation.core.procedure.notice.NoticeRule;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanUnitRepository;
import vn.emulation.jakarta.application.procedure.RegistrationRepository;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The procedure's notices (ADR 0046). Who receives what is the core's {@link NoticeRule}; this use
 * case stores what it says (once per transition or deadline), answers a caller the notices that
 * reach them, marks them read, keeps the caller's settings, and mails a notice in each recipient's
 * language to the addresses they gave, when a mail server is configured.
 *
 * <p>A notice is no fact a figure or verdict is computed from: storing one, marking it read and a
 * user's settings are not audited (the case's change that caused it is).
 */
@ApplicationScoped
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<Role> HOME_AFFAIRS = EnumSet.of(Role.OFFICER, Role.ADMIN);
  private static final Set<Role> UNIT_STAFF = EnumSet.of(Role.REPORTER, Role.UNIT_HEAD);

  private NoticeRepository store;
  private NoticeMail mail;
  private Callers callers;
  private Clock clock;
  private PlanCatalog plans;
  private PlanUnitRepository planUnits;
  private RegistrationRepository registrations;

  /** For the container's proxy. */
  protected Notices() {}

  @Inject
  public Notices(
      NoticeRepository store,
      NoticeMail mail,
      Callers callers,
      Clock clock,
      PlanCatalog plans,
      PlanUnitRepository planUnits,
      RegistrationRepository registrations) {
    this.store = store;
    this.mail = mail;
    this.callers = callers;
    this.clock = clock;
    this.plans = plans;
    this.planUnits = planUnits;
    this.registrations = registrations;
  }

  /**
   * Stores the notice of a case's change, if the rule gives one and it was not stored already;
   * called after the change committed, in a transaction of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<StoredNotice> caseChanged(CaseChanged e) {
    return NoticeRule.ofTransition(
            e.caseKind(), e.caseId(), e.planCode(), e.unitCode(), e.command(), e.reason())
        .flatMap(n -> stored(n, e.version()));
  }

  /**
   * The reminders of the registration deadline due on {@code today}: for every plan in force with a
   * deadline, every unit taking part that has not sent a registration Home Affairs holds, from
   * {@code daysAhead} days before the deadline up to its day; each once.
   *
   * @return the reminders stored now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<StoredNotice> remindDeadlines(LocalDate today, int daysAhead) {
    List<StoredNotice> stored = new ArrayList<>();
    for (var p : plans.list(new PageRequest(0, 1000)).items()) {
      Plan plan;
      try {
        plan = plans.inForceOn(p.code(), today);
      } catch (NotFoundException e) {
        continue; // no version of it in force today
      }
      Optional<RegistrationDeadline> deadline = RegistrationDeadline.fromPlan(plan);
      if (deadline.isEmpty()) {
        continue;
      }
      List<Registration> all = registrations.list(p.code(), null, null);
      for (String unit : planUnits.codes(p.code()).stream().sorted().toList()) {
        boolean done =
            all.stream()
                .anyMatch(
                    r ->
                        r.unitCode().equals(unit)
                            && (r.state() == RegistrationState.SUBMITTED
                                || r.state() == RegistrationState.ACCEPTED));
        NoticeRule.deadlineApproaching(
                p.code(),
                deadline.get().deadlineCode(),
                deadline.get().dueOn(),
                unit,
                done,
                today,
                daysAhead)
            .flatMap(n -> stored(n, 0))
            .ifPresent(stored::add);
      }
    }
    return stored;
  }

  private Optional<StoredNotice> stored(Notice n, long version) {
    StoredNotice s = new StoredNotice(UUID.randomUUID().toString(), n, n.key(version), now());
    return store.addIfAbsent(s) ? Optional.of(s) : Optional.empty();
  }

  /**
   * Mails a notice to every user who gave an address and whom its audience reaches (by the unit and
   * roles saved with the address), in their language. Nothing without a mail server; a mail the
   * server refuses is logged and the others still go.
   *
   * @return how many were sent
   */
  public int mail(StoredNotice s) {
    if (!mail.configured()) {
      return 0;
    }
    int sent = 0;
    Notice n = s.notice();
    for (Subscriber sub : store.mailed()) {
      if (sub.emailIfAny().isEmpty() || !reaches(n.audience(), sub.roles(), sub.unitCode())) {
        continue;
      }
      try {
        mail.send(
            sub.email(),
            NoticeTexts.in(NoticeTexts.subject(n), sub.language()),
            NoticeTexts.in(NoticeTexts.body(n), sub.language()));
        sent++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the notice " + s.id() + " was not mailed to " + sub.user(), e);
      }
    }
    return sent;
  }

  /** Whether a person of {@code roles} in {@code unit} is of the audience: the rule's reading. */
  static boolean reaches(Audience audience, Set<Role> roles, String unit) {
    return audience.reaches(
        roles.stream().anyMatch(HOME_AFFAIRS::contains),
        roles.stream().anyMatch(UNIT_STAFF::contains),
        unit);
  }

  /** The notices that reach the caller, newest first, with whether they read them. */
  public Page<StoredNotice.Read> mine(boolean unreadOnly, PageRequest page) {
    Caller c = callers.current();
    return store.reaching(homeAffairs(c), staffUnit(c), c.user(), unreadOnly, page);
  }

  /** How many notices that reach the caller they have not read: the badge. */
  public long unread() {
    Caller c = callers.current();
    return store.unread(homeAffairs(c), staffUnit(c), c.user());
  }

  /**
   * Marks a notice read by the caller. A notice that does not reach them answers as an unknown one
   * (404).
   */
  @Transactional
  public StoredNotice.Read markRead(String id) {
    Caller c = callers.current();
    StoredNotice n =
        store
            .find(id)
            .filter(x -> reaches(x.notice().audience(), c.roles(), c.unitCode()))
            .orElseThrow(() -> new NotFoundException(AdapterMessages.text("notice.noSuch", id)));
    store.markRead(id, c.user(), now());
    return new StoredNotice.Read(n, true);
  }

  /** The caller's settings: Vietnamese and no mail until they save others. */
  public Subscriber settings() {
    Caller c = callers.current();
    return store
        .subscriber(c.user())
        .orElse(
            new Subscriber(
                c.user(), Locale.forLanguageTag("vi"), null, c.unitCode(), c.roles(), now()));
  }

  /**
   * Saves the caller's language and address (none: no mail), with the unit and roles their token
   * names now; every problem at once.
   */
  @Transactional
  public Subscriber saveSettings(String language, String email) {
    Caller c = callers.current();
    if (Caller.anonymous().equals(c)) {
      throw AccessDeniedException.mayNotWrite(c);
    }
    ProblemCollector problems = new ProblemCollector();
    String lang = language == null ? "vi" : language.strip();
    if (!Subscriber.LANGUAGES.contains(lang)) {
      problems.add("language", AdapterMessages.text("notice.languageUnknown", lang));
    }
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
      problems.add("email", AdapterMessages.text("notice.emailInvalid", address));
    }
    problems.throwIfAny("notice settings");
    Subscriber s =
        new Subscriber(
            c.user(), Locale.forLanguageTag(lang), address, c.unitCode(), c.roles(), now());
    store.saveSubscriber(s);
    return s;
  }

  /** The day in Vietnam now, for the daily run. */
  public LocalDate today() {
    return ActDay.of(clock.instant());
  }

  private static boolean homeAffairs(Caller c) {
    return c.roles().stream().anyMatch(HOME_AFFAIRS::contains);
  }

  private static String staffUnit(Caller c) {
    return c.roles().stream().anyMatch(UNIT_STAFF::contains) ? c.unitCode() : null;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
