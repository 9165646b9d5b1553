package vn.emulation.core.procedure;

/** Where a public announcement stands. */
public enum AnnouncementState {
  /** The list is drawn up, not yet published. */
  PREPARED,
  /** The list is published; comments are taken and answered. */
  PUBLISHED,
  /** The period has run its course and every comment is answered: the council may meet. */
  CLOSED,
  /** Taken down before the council; a new list must be announced. */
  WITHDRAWN
}
