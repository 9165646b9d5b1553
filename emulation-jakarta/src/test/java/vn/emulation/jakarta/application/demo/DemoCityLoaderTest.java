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
  void aLoadByNobodyKnownIsRefusedBeforeItReadsOrStoresAnything() {
    assertThatThrownBy(() -> loader().loadIfAbsent()).isInstanceOf(AccessDeniedException.class);
  }
}
