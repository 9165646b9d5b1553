package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * How the API writes JSON: numbers as people read them. A decimal whose trailing zeros were
 * stripped (90 stored as 9E+1) is written {@code 90}, never in exponent notation; the scale is
 * otherwise kept ({@code 90.00} stays {@code 90.00}).
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
      .withSerializers(new PlainDecimals()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** 9E+1 as 90, 1E+2 as 100. */
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
