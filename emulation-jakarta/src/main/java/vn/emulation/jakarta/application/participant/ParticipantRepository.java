package vn.emulation.jakarta.application.participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/** The port to the participants of each plan's movement. */
public interface ParticipantRepository {

  /** Whether any plan has a participant with this identifier (identifiers are global). */
  boolean exists(String id);

  void add(String planCode, Participant p);

  Optional<Participant> find(String planCode, String id);

  /**
   * A page of a plan's participants by name (then id), optionally of one category and/or of some
   * units ({@code null}: any).
   */
  Page<Participant> page(
      String planCode, String category, Collection<String> units, PageRequest req);

  /** Every participant of a plan, by id. */
  List<Participant> all(String planCode);

  /**
   * How many participants of a plan each unit has, by unit code (units without one are absent):
   * what a count over the plan's participants needs, without reading half a million of them.
   */
  Map<String, Long> countByUnit(String planCode);
}
