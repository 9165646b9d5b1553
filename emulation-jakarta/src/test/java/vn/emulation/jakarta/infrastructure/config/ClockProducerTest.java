package vn.emulation.jakarta.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one clock keeps Vietnam's time unless a deployment names another zone. */
class ClockProducerTest {

  @Test
  void theClockIsInVietnamByDefault() {
    assertThat(ClockProducer.clockIn(null).getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(ClockProducer.clockIn(" ").getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @Test
  void aDeploymentMayNameAnotherZone() {
    assertThat(ClockProducer.clockIn(" Asia/Bangkok ").getZone())
        .isEqualTo(ZoneId.of("Asia/Bangkok"));
  }

  @Test
  void theProducedClockFollowsTheSetting() {
    ClockProducer producer = new ClockProducer();
    producer.settings =
        new EmulationSettings() {
          @Override
          public String clockZone() {
            return "Asia/Ho_Chi_Minh";
          }
        };

    assertThat(producer.clock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @Test
  void aZoneThatIsNoneIsRefusedNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> ClockProducer.clockIn("Asia/Rach_Gia"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("emulation.clock.zone")
        .hasMessageContaining("Asia/Rach_Gia");
  }
}
