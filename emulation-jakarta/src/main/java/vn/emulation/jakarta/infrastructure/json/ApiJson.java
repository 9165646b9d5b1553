package vn.emulation.jakarta.infrastructure.json;

import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * How the application writes JSON with JSON-B, in its answers and in the audit log alike: numbers
 * as people read them. A decimal whose trailing zeros were stripped (90 stored as 9E+1) is written
 * {@code 90}, never in exponent notation; any other scale is kept ({@code 90.00} stays).
 */
public final class ApiJson {

  private ApiJson() {}

  /** A fresh configuration with the application's serializers. */
  public static JsonbConfig config() {
    return new JsonbConfig().withSerializers(new PlainDecimals());
  }

  /** 9E+1 as 90, 1E+2 as 100; other values unchanged. */
  public static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Writes decimals without an exponent. */
  public static final class PlainDecimals implements JsonbSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext ctx) {
      generator.write(plain(value));
    }
  }
}
