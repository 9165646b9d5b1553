package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import vn.emulation.jakarta.infrastructure.json.ApiJson;

/** The API's JSON-B: {@link ApiJson}'s settings (plain decimals, never 9E+1). */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(ApiJson.config());

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
