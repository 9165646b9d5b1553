package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  enum Light {
    DRAFT,
    SENT,
    ACCEPTED,
    RETURNED
  }

  private final Lifecycle<Light> lifecycle =
      Lifecycle.of("registration", Light.class)
          .allow(Light.DRAFT, "send", Light.SENT)
          .allow(Light.SENT, "accept", Light.ACCEPTED)
          .allow(Light.SENT, "return", Light.RETURNED)
          .allow(Light.RETURNED, "send", Light.SENT)
          .build();

  @Test
  void aStateAllowsItsCommandsInTheOrderDeclared() {
    assertThat(lifecycle.allowedIn(Light.SENT)).containsExactly("accept", "return");
    assertThat(lifecycle.next(Light.RETURNED, "send")).isEqualTo(Light.SENT);
    assertThat(lifecycle.isFinal(Light.ACCEPTED)).isTrue();
    assertThat(lifecycle.isFinal(Light.DRAFT)).isFalse();
  }

  @Test
  void aCommandTheStateDoesNotAllowIsRefusedNamingThoseItDoes() {
    assertThatThrownBy(() -> lifecycle.next(Light.SENT, "send"))
        .isInstanceOfSatisfying(
            CommandRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("registration");
              assertThat(e.state()).isEqualTo("SENT");
              assertThat(e.command()).isEqualTo("send");
              assertThat(e.allowed()).containsExactly("accept", "return");
              assertThat(e.reason().vi()).contains("SENT").contains("accept, return");
              assertThat(e.reason().en())
                  .isEqualTo(
                      "Cannot \"send\" a registration in state SENT; the commands allowed:"
                          + " accept, return");
            });
    assertThatThrownBy(() -> lifecycle.next(Light.ACCEPTED, "return"))
        .isInstanceOfSatisfying(
            CommandRefusedException.class, e -> assertThat(e.allowed()).isEmpty());
  }

  @Test
  void appendRecordsWhoWhenFromWhereAndWhy() {
    Instant at = Instant.parse("2026-03-02T01:00:00Z");
    List<Transition<Light>> history =
        lifecycle.append(List.of(), Light.DRAFT, "send", "ward.an-hoa", at, "  ");
    history = lifecycle.append(history, Light.SENT, "return", "noivu", at, "thiếu kế hoạch");
    assertThat(history)
        .extracting(Transition::command, Transition::from, Transition::to, Transition::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("send", Light.DRAFT, Light.SENT, "ward.an-hoa"),
            org.assertj.core.groups.Tuple.tuple("return", Light.SENT, Light.RETURNED, "noivu"));
    assertThat(history.get(0).reasonIfAny()).isEmpty();
    assertThat(history.get(1).reason()).isEqualTo("thiếu kế hoạch");
    List<Transition<Light>> before = history;
    assertThatThrownBy(() -> lifecycle.append(before, Light.ACCEPTED, "send", "x", at, null))
        .isInstanceOf(CommandRefusedException.class);
    assertThat(before).hasSize(2);
  }

  @Test
  void aMoveDeclaredTwiceIsAMistakeInTheTable() {
    assertThatThrownBy(
            () ->
                Lifecycle.of("x", Light.class)
                    .allow(Light.DRAFT, "send", Light.SENT)
                    .allow(Light.DRAFT, "send", Light.ACCEPTED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
