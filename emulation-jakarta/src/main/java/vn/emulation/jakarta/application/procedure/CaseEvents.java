package vn.emulation.jakarta.application.procedure;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Transition;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.events.VerdictStored;

/**
 * The application event of a command the case flow stored: its case's last transition, read from
 * the case's log. Every core case answers its log by a public {@code log()} (a {@link CaseLog}), so
 * every step, the later ones too, is announced without code of its own; a case without one is
 * announced by nothing.
 */
final class CaseEvents {

  /** No observer: what the flows built for tests without events announce through. */
  static final ApplicationEvents NONE =
      new ApplicationEvents() {
        @Override
        public void reportStored(ReportStored event) {}

        @Override
        public void uploadStored(UploadStored event) {}

        @Override
        public void unitReorganised(UnitReorganised event) {}

        @Override
        public void verdictStored(VerdictStored event) {}

        @Override
        public void planStatusChanged(PlanStatusChanged event) {}
      };

  private static final Map<Class<?>, Optional<Method>> LOGS = new ConcurrentHashMap<>();

  private CaseEvents() {}

  /** The event of the transition {@code after} last took, if its log can be read. */
  static <C> Optional<CaseChanged> changed(CaseKind<C> kind, C after) {
    return logOf(after)
        .filter(log -> !log.transitions().isEmpty())
        .map(
            log -> {
              Transition<?> t = log.transitions().get(log.transitions().size() - 1);
              return new CaseChanged(
                  kind.kind(),
                  kind.planCode().apply(after),
                  kind.id().apply(after),
                  kind.unitCode().apply(after),
                  t.command(),
                  t.from().name(),
                  t.to().name(),
                  kind.version().applyAsLong(after),
                  t.reason(),
                  t.actor(),
                  t.at());
            });
  }

  private static Optional<CaseLog<?>> logOf(Object c) {
    Optional<Method> m =
        LOGS.computeIfAbsent(
            c.getClass(),
            type -> {
              try {
                Method log = type.getMethod("log");
                return CaseLog.class.isAssignableFrom(log.getReturnType())
                    ? Optional.of(log)
                    : Optional.empty();
              } catch (NoSuchMethodException e) {
                return Optional.empty();
              }
            });
    if (m.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((CaseLog<?>) m.get().invoke(c));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the log of a " + c.getClass().getSimpleName(), e);
    }
  }
}
