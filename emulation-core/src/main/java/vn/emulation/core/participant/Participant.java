package vn.emulation.core.participant;

/**
 * Someone who competes: a {@link Collective} or an {@link Individual}, in a category, attached to
 * the administrative unit whose figures count for it.
 */
public sealed interface Participant permits Collective, Individual {

  /** A stable identifier, unique among participants. */
  String id();

  /** The name as written, with diacritics. */
  String name();

  /** The code of its {@link ParticipantCategory}. */
  String categoryCode();

  /** The code of the administrative unit it belongs to. */
  String unitCode();

  ParticipantKind kind();
}
