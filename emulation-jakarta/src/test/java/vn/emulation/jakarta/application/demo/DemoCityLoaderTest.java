package vn.emulation.jakarta.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.security.JwtCallers;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/** The demo city is loaded as the system through an explicit run-as, and by nobody else. */
class DemoCityLoaderTest {

  private final JwtCallers requests = TestCallers.unidentifiedRequest();

  private DemoCityLoader loader() {
    DemoCityLoader loader = new DemoCityLoader();
    loader.callers = requests;
    loader.settings =
        new EmulationSettings() {
          @Override
          public boolean demoLoad() {
            return true;
          }
        };
    return loader;
  }

  @Test
  void theStartUpLoadsTheCityAsTheSystemAndOnlyWhileItLoads() {
    List<Caller> loadedBy = new ArrayList<>();
    DemoCityLoader self =
        new DemoCityLoader() {
          @Override
          public boolean loadIfAbsent() {
            loadedBy.add(requests.current());
            return true;
          }
        };

    loader().onStart(new Object(), self);

    assertThat(loadedBy).containsExactly(Caller.system());
    assertThat(requests.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aLoadThatLostTheRaceToAnotherServerLooksAgainAndFindsTheCity() {
    List<Caller> attempts = new ArrayList<>();
    DemoCityLoader self =
        new DemoCityLoader() {
          @Override
          public boolean loadIfAbsent() {
            attempts.add(requests.current());
            if (attempts.size() == 1) {
              throw new IllegalStateException("duplicate key: plan_version rach-gia-2022-2025/1");
            }
            return false;
          }
        };

    loader().onStart(new Object(), self);

    assertThat(attempts).hasSize(2).containsOnly(Caller.system());
    assertThat(requests.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aLoadThatFailsTwiceFailsTheStart() {
    DemoCityLoader self =
        new DemoCityLoader() {
          @Override
          public boolean loadIfAbsent() {
            throw new IllegalStateException("the database is gone");
          }
        };

    assertThatThrownBy(() -> loader().onStart(new Object(), self))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database is gone");
    assertThat(requests.current()).isEqualTo(Caller.anonymous());
  }

  @Test
  void aLoadByNobodyKnownIsRefusedBeforeItReadsOrStoresAnything() {
    assertThatThrownBy(() -> loader().loadIfAbsent()).isInstanceOf(AccessDeniedException.class);
  }
}
