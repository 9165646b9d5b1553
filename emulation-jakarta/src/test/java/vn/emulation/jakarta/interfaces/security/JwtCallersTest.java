package vn.emulation.jakarta.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;

/** Nobody known is anonymous, never the system; the system only inside an explicit run-as. */
class JwtCallersTest {

  private static final Caller OFFICER = new Caller("ha.nguyen", Set.of(Role.OFFICER), null);

  /** A request scope that is not active: start-up observers, a thread of one's own. */
  static final class NoRequest extends RequestCaller {
    @Override
    Caller get() {
      throw new ContextNotActiveException("no request");
    }
  }

  private static JwtCallers callers(RequestCaller request) {
    JwtCallers callers = new JwtCallers();
    callers.request = request;
    return callers;
  }

  private static RequestCaller requestOf(Caller caller) {
    RequestCaller r = new RequestCaller();
    r.set(caller);
    return r;
  }

  @Test
  void outsideARequestTheCallerIsAnonymousNotTheSystem() {
    Caller c = callers(new NoRequest()).current();

    assertThat(c).isEqualTo(Caller.anonymous());
    assertThat(c.roles()).isEmpty();
  }

  @Test
  void aRequestThatNoFilterIdentifiedIsAnonymous() {
    assertThat(callers(new RequestCaller()).current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aRequestThatTheFilterIdentifiedIsItsCaller() {
    assertThat(callers(requestOf(OFFICER)).current()).isEqualTo(OFFICER);
  }

  @Test
  void insideARunAsTheCallerIsTheSystemAndAfterItAnonymousAgain() {
    JwtCallers callers = callers(new NoRequest());

    Caller inside = callers.runAsSystem("test: a start-up job", callers::current);

    assertThat(inside).isEqualTo(Caller.system());
    assertThat(callers.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aRunAsThatThrowsStillEndsTheSystemsTurn() {
    JwtCallers callers = callers(new RequestCaller());

    assertThatThrownBy(
            () ->
                callers.runAsSystem(
                    "test: a failing job",
                    () -> {
                      throw new IllegalStateException("the job failed");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the job failed");

    assertThat(callers.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aRunAsStartedInARequestGivesTheRequestsCallerBackAfterIt() {
    JwtCallers callers = callers(requestOf(OFFICER));

    assertThat(callers.runAsSystem("test: a job an officer started", callers::current))
        .isEqualTo(Caller.system());
    assertThat(callers.current()).isEqualTo(OFFICER);
  }

  @Test
  void aNestedRunAsLeavesTheOuterOneInPlace() {
    JwtCallers callers = callers(new NoRequest());

    Caller afterInner =
        callers.runAsSystem(
            "test: outer",
            () -> {
              callers.runAsSystem("test: inner", callers::current);
              return callers.current();
            });

    assertThat(afterInner).isEqualTo(Caller.system());
    assertThat(callers.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void theRunAsIsForItsOwnThreadOnly() throws InterruptedException {
    JwtCallers callers = callers(new NoRequest());
    List<Caller> seenElsewhere = new ArrayList<>();

    callers.runAsSystem(
        "test: one thread",
        () -> {
          Thread other = new Thread(() -> seenElsewhere.add(callers.current()));
          other.start();
          try {
            other.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return null;
        });

    assertThat(seenElsewhere).containsExactly(Caller.anonymous());
  }

  @Test
  void theRunAsLogsItsPurposeAndWhoStartedIt() {
    List<String> logged = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(JwtCallers.class.getName());
    log.addHandler(handler);
    try {
      JwtCallers callers = callers(requestOf(OFFICER));
      callers.runAsSystem("test: recompute the verdicts", () -> null);
    } finally {
      log.removeHandler(handler);
    }

    assertThat(logged)
        .anySatisfy(
            m -> assertThat(m).contains("test: recompute the verdicts").contains("ha.nguyen"));
  }

  @Test
  void aRunAsNeedsAPurpose() {
    assertThatThrownBy(() -> callers(new NoRequest()).runAsSystem(" ", () -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nobodyKnownMayNotWriteButTheSystemInItsRunAsMay() {
    JwtCallers callers = callers(new NoRequest());

    assertThatThrownBy(callers::writer).isInstanceOf(AccessDeniedException.class);
    assertThat(callers.runAsSystem("test: a write", callers::writer)).isEqualTo(Caller.system());
  }
}
