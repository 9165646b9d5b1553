package vn.emulation.jakarta.application.unit;

import vn.emulation.jakarta.testing.InMemoryCity;

/** {@link UnitScopes} on the in-memory ports, for the use-case tests of every package. */
public final class Scopes {

  private Scopes() {}

  public static UnitScopes of(InMemoryCity city) {
    UnitScopes scopes = new UnitScopes();
    scopes.units = city.units;
    scopes.callers = city.callers;
    scopes.clock = InMemoryCity.CLOCK;
    return scopes;
  }
}
