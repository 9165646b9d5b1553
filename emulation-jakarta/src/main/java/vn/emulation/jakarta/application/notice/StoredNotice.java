package vn.emulation.jakarta.application.notice;

import java.time.Instant;
import java.util.Objects;
import vn.emulation.core.procedure.notice.Notice;

/**
 * A notice as stored: its id, the core's notice, the key that makes it given once, and when.
 *
 * @param id its id
 * @param notice what it tells, to whom
 * @param key {@link Notice#key}: the same transition or deadline is stored once
 * @param createdAt when it was given
 */
public record StoredNotice(String id, Notice notice, String key, Instant createdAt) {
  public StoredNotice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * A notice as one reader sees it: read or not.
   *
   * @param notice the notice
   * @param read whether this reader marked it read
   */
  public record Read(StoredNotice notice, boolean read) {}
}
