package vn.emulation.jakarta.application.procedure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The order of a command on a case of steps 5–8, the same for every step (ADR 0037): who (403) →
 * If-Match present (428) and current (412) → the core's command (409, then 400 with every problem)
 * → stored on the version read (412 on a lost race) → the audit entry {@code <kind>.<command>}
 * with the states before and after; in the caller's transaction.
 */
final class StepFlow {

  /**
   * How a step's case is handled.
   *
   * @param kind the lifecycle's kind ("announcement" …)
   * @param version the case's version, its ETag
   * @param target the audit target (the API path of the case)
   * @param audit what the log keeps of it
   * @param update stores a case over the one at the version read
   */
  record Step<C>(
      String kind,
      Function<C, Long> version,
      Function<C, String> target,
      Function<C, CaseAuditState> audit,
      Updater<C> update) {}

  /** Stores {@code changed} over the case at {@code readVersion}. */
  interface Updater<C> {
    void update(C changed, long readVersion);
  }

  private final Callers callers;
  private final AuditTrail audit;
  private final Clock clock;

  StepFlow(Callers callers, AuditTrail audit, Clock clock) {
    this.callers = callers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The current caller, who must hold one of {@code roles}.
   *
   * @throws AccessDeniedException for anyone else, the anonymous caller above all
   */
  Caller actingAs(String kind, String command, Role... roles) {
    Caller caller = callers.current();
    if (Arrays.stream(roles).noneMatch(caller::has)) {
      throw new AccessDeniedException(
          AdapterMessages.text(
              "award.rolesMayNot",
              command,
              kind,
              Arrays.stream(roles).map(Role::claim).collect(Collectors.joining(", "))));
    }
    return caller;
  }

  static Set<Role> homeAffairs() {
    return EnumSet.of(Role.OFFICER, Role.ADMIN);
  }

  /** A command on {@code before}, read already and in the caller's reach. */
  <C> Tagged<C> change(
      Step<C> step, String id, C before, Precondition seen, String command, UnaryOperator<C> act) {
    long read = step.version().apply(before);
    if (seen.tags().isEmpty() && !seen.any()) {
      throw new PreconditionRequiredException(
          AdapterMessages.text("award.ifMatchRequired", step.kind(), id));
    }
    seen.check(String.valueOf(read), what(step.kind(), id));
    C after = act.apply(before);
    try {
      step.update().update(after, read);
    } catch (ChangedMeanwhileException e) {
      throw new PreconditionFailedException(
          AdapterMessages.text("award.changedMeanwhile", step.kind(), id, read));
    }
    audit.record(
        step.kind() + "." + command,
        step.target().apply(after),
        step.audit().apply(before),
        step.audit().apply(after));
    return tagged(step, after);
  }

  /** The audit entry of a case just opened. */
  <C> Tagged<C> opened(Step<C> step, String command, C opened) {
    audit.record(
        step.kind() + "." + command, step.target().apply(opened), null, step.audit().apply(opened));
    return tagged(step, opened);
  }

  static <C> Tagged<C> tagged(Step<C> step, C c) {
    return new Tagged<>(c, String.valueOf(step.version().apply(c)));
  }

  /** The core's command, its problems added to those found already, every one at once. */
  static <T> T withProblems(ProblemCollector problems, String what, Supplier<T> act) {
    T result = null;
    try {
      result = act.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny(what);
    return result;
  }

  /** Whether a problem is recorded at {@code path} already. */
  static boolean has(ProblemCollector problems, String path) {
    return problems.problems().stream().anyMatch(p -> p.path().equals(path));
  }

  /** A required field absent (unless the edge named it unread already). */
  static void required(ProblemCollector problems, String path, Object value) {
    if (value == null && !has(problems, path)) {
      problems.add(path, AdapterMessages.text("award.required", path));
    }
  }

  /** One problem of a query. */
  static InvalidInputException invalid(String path, LocalizedText reason) {
    return new InvalidInputException(
        "query", java.util.List.of(new vn.emulation.core.common.Problem(path, reason)));
  }

  String actor() {
    return callers.current().user();
  }

  // milliseconds: every database keeps them exactly, so a case reads back as it was stored
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static LocalizedText what(String kind, String id) {
    return AdapterMessages.text("award.what", kind, id);
  }
}
