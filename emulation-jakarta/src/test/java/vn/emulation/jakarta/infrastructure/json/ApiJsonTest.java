package vn.emulation.jakarta.infrastructure.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

public class ApiJsonTest {

  /** A view with decimals, as the API's views are. */
  public record Figure(BigDecimal value, BigDecimal threshold, BigDecimal gap) {}

  @Test
  void decimalsWithoutTrailingZerosAreWrittenPlainNeverWithAnExponent() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create(ApiJson.config())) {
      String json =
          jsonb.toJson(
              new Figure(
                  new BigDecimal("90.00").stripTrailingZeros(),
                  new BigDecimal("1E+2"),
                  new BigDecimal("-0.001")));

      assertThat(json)
          .contains("\"value\":90")
          .contains("\"threshold\":100")
          .contains("\"gap\":-0.001")
          .doesNotContain("E+");
    }
  }

  @Test
  void theScaleOfAValueIsKept() {
    assertThat(ApiJson.plain(new BigDecimal("90.00")).toString()).isEqualTo("90.00");
    assertThat(ApiJson.plain(new BigDecimal("9E+1")).toString()).isEqualTo("90");
  }
}
