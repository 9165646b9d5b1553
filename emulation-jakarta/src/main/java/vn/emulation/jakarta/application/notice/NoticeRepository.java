package vn.emulation.jakarta.application.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/** The port to the notices, who read them, and the users' settings (V13). */
public interface NoticeRepository {

  /** Stores a notice unless one of its key is stored: whether it was new. */
  boolean addIfAbsent(StoredNotice notice);

  /**
   * The notices a reader reaches, newest first, with whether {@code user} read them.
   *
   * @param homeAffairs whether the reader works for Home Affairs (every notice to it)
   * @param staffUnit the unit whose staff the reader is, {@code null} when none
   */
  Page<StoredNotice.Read> reaching(
      boolean homeAffairs, String staffUnit, String user, boolean unreadOnly, PageRequest page);

  /** How many of those {@code user} has not read. */
  long unread(boolean homeAffairs, String staffUnit, String user);

  Optional<StoredNotice> find(String id);

  /** Marks it read by {@code user} (again: nothing changes). */
  void markRead(String id, String user, Instant at);

  Optional<Subscriber> subscriber(String user);

  void saveSubscriber(Subscriber subscriber);

  /** Every user who gave an address to mail to. */
  List<Subscriber> mailed();
}
