package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.law.InitiativeLevel;

/**
 * An initiative (sáng kiến, Law art. 3.4) recognised by a level on a day. Immutable.
 *
 * @param name what it is
 * @param level the level that recognised it
 * @param recognisedOn the day it was recognised
 */
public record Initiative(String name, InitiativeLevel level, LocalDate recognisedOn) {

  public Initiative {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(recognisedOn, "recognisedOn");
  }
}
