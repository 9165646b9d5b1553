package vn.emulation.devsignin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoUsersTest {

  private final DemoUsers users = DemoUsers.shipped();

  @Test
  void everyRoleHasADemoUser() {
    assertThat(users.all()).flatMap(DemoUser::roles).containsAll(RoleNames.LABELS.keySet());
  }

  @ParameterizedTest
  @CsvSource({
    "admin, admin, ",
    "officer, officer, ",
    "council, council, ",
    "chairman, chairman, ",
    "public, public, ",
    "reporter.vinhlac, reporter, 30745",
    "head.vinhlac, unit-head, 30745",
    "reporter.rachsoi, reporter, 30754",
    "head.rachsoi, unit-head, 30754",
    "reporter.rachgia, reporter, 30790"
  })
  void theDemoCityHasItsUsers(String id, String role, String unit) {
    DemoUser user = users.find(id).orElseThrow();

    assertThat(user.roles()).containsExactly(role);
    assertThat(user.unit()).isEqualTo(unit);
  }

  @Test
  void namesKeepTheirVietnameseLetters() {
    assertThat(users.find("head.vinhlac").orElseThrow().name()).isEqualTo("Đỗ Thanh Sơn");
    assertThat(users.find("reporter.rachgia").orElseThrow().unitName())
        .isEqualTo("Phường Rạch Giá");
  }

  @Test
  void anUnknownIdFindsNobody() {
    assertThat(users.find("nobody")).isEmpty();
    assertThat(users.find(null)).isEmpty();
  }

  @Test
  void aUnitScopedUserWithoutAUnitIsRefused() {
    assertThatThrownBy(() -> new DemoUser("r", "Tên", List.of("reporter"), null, null))
        .hasMessageContaining("r is unit-scoped but has no unit");
  }

  @Test
  void aCityWideUserWithAUnitIsRefused() {
    assertThatThrownBy(() -> new DemoUser("o", "Tên", List.of("officer"), "30745", null))
        .hasMessageContaining("o is not unit-scoped but has unit 30745");
  }

  @Test
  void anUnknownRoleIsRefused() {
    assertThatThrownBy(() -> new DemoUser("x", "Tên", List.of("superuser"), null, null))
        .hasMessageContaining("unknown role superuser");
  }

  @Test
  void theSameIdTwiceIsRefused() {
    String json =
        """
        {"users":[{"id":"a","name":"A","roles":["admin"]},{"id":"a","name":"B","roles":["public"]}]}
        """;

    assertThatThrownBy(
            () -> DemoUsers.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("demo user a is listed twice");
  }
}
