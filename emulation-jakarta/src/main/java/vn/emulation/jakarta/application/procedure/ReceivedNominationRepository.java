package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.procedure.received.ReceivedNomination;

/** The port to the nominations received from the level below (V15 {@code received_nomination}). */
public interface ReceivedNominationRepository {

  /** The plan's received nominations, the first received first. */
  List<ReceivedNomination> list(String planCode);

  Optional<ReceivedNomination> find(String planCode, String id);

  /** Where the plan's received nominations come from. */
  Set<ReceivedNomination.Source> sources(String planCode);

  /** Adds one; a source is received once per plan (a second writer fails on the key). */
  void add(ReceivedNomination received);
}
