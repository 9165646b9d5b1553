package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.AnnouncementState;

/**
 * The port where the announcements of the award procedure are kept (ADR 0037, ADR 0040): read back
 * as the core's case with every transition; changed only on the version a command read.
 */
public interface AnnouncementRepository {

  /** The case {@code id}, whatever its plan. */
  Optional<PlanAnnouncement> find(String id);

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanAnnouncement> list(String planCode, AnnouncementState state);

  /** Stores a case just opened. */
  void insert(PlanAnnouncement opened);

  /**
   * Stores {@code changed} over the one at the case's version {@code readVersion}, with its new
   * transitions.
   *
   * @throws ChangedMeanwhileException when the stored one is no longer at {@code readVersion}
   */
  void update(PlanAnnouncement changed, long readVersion);
}
