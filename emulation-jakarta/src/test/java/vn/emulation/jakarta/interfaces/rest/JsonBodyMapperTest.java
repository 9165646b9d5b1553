package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonBodyMapperTest {

  @Test
  void namesTheNestedFieldFromTheBindersMessage() {
    assertThat(
            JsonBodyMapper.field(
                "Unable to deserialize property 'successor' because of:"
                    + " Unable to deserialize property 'code' because of: Incorrect position"))
        .isEqualTo("successor.code");
    assertThat(JsonBodyMapper.field("Internal error: Invalid token=EOF")).isEqualTo("body");
    assertThat(JsonBodyMapper.field(null)).isEqualTo("body");
  }

  @Test
  void saysWhatWasExpectedWithoutClassNames() {
    JsonbException e =
        new JsonbException(
            "Unable to deserialize property 'sources' because of:" + " Incorrect position",
            new JsonbException(
                "Incorrect position for processing type:"
                    + " interface java.util.List. Received event: VALUE_STRING Allowed: [START_ARRAY]"));

    assertThat(JsonBodyMapper.wrongType(e).en())
        .isEqualTo("Wrong type: expected an array," + " got a string");
    assertThat(JsonBodyMapper.wrongType(e).vi())
        .isEqualTo("Sai kiểu dữ liệu: cần một mảng," + " nhận được một chuỗi");
  }

  @Test
  void aNumberThatIsNotOneIsSaidSo() {
    JsonbException e =
        new JsonbException(
            "Unable to deserialize property 'counts' because of:"
                + " Error deserialize JSON value into type: class java.math.BigDecimal.");

    assertThat(JsonBodyMapper.wrongType(e).en()).isEqualTo("Wrong type: expected a number");
  }
}
