package vn.emulation.jakarta.application.plan;

import java.util.Set;

/**
 * The port that tells which units take part in a plan: those that reported to it or have
 * participants in it (the hierarchy is shared by every plan; this is a plan's own part of it).
 */
public interface PlanUnitRepository {

  /** The codes of the units that reported to {@code planCode} or have participants in it. */
  Set<String> codes(String planCode);
}
