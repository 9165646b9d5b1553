package vn.emulation.jakarta.application.audit;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Where a verification found the chain broken first, and why, in words an administrator reads.
 * Immutable.
 *
 * @param seq the first entry that is not as it was written (or, for entries missing at the end, the
 *     first missing number)
 * @param kind what is wrong with it
 * @param reason the same, explained in Vietnamese and English
 */
public record ChainBreak(long seq, Kind kind, LocalizedText reason) {

  /** What a verification can find wrong. */
  public enum Kind {
    /** The entry's fields no longer give its hash: its content was changed. */
    CONTENT_CHANGED,
    /** The entry does not link to the hash of the entry before: one was removed or reordered. */
    LINK_BROKEN,
    /** Numbers are missing before the entry (entries removed) or out of order. */
    SEQUENCE_GAP,
    /** The log ends elsewhere than its head records: entries at the end removed or replaced. */
    HEAD_MISMATCH
  }

  public ChainBreak {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  static ChainBreak contentChanged(long seq) {
    return new ChainBreak(
        seq, Kind.CONTENT_CHANGED, AdapterMessages.text("audit.entryChangedAfterWritten", seq));
  }

  static ChainBreak linkBroken(long seq) {
    return new ChainBreak(
        seq, Kind.LINK_BROKEN, AdapterMessages.text("audit.entryDoesNotLink", seq, (seq - 1)));
  }

  static ChainBreak sequenceGap(long seq, long expected) {
    if (seq > expected) {
      String missing = seq - 1 == expected ? String.valueOf(expected) : expected + "–" + (seq - 1);
      return new ChainBreak(
          seq,
          Kind.SEQUENCE_GAP,
          AdapterMessages.text("audit.entriesBeforeEntryMissing", seq, missing));
    }
    return new ChainBreak(
        seq, Kind.SEQUENCE_GAP, AdapterMessages.text("audit.entryStandsWhereEntry", seq, expected));
  }

  static ChainBreak endMissing(long lastSeen, long headSeq) {
    return new ChainBreak(
        lastSeen + 1,
        Kind.HEAD_MISMATCH,
        AdapterMessages.text("audit.logEndsEntryBut", lastSeen, headSeq));
  }

  static ChainBreak endReplaced(long seq) {
    return new ChainBreak(
        seq, Kind.HEAD_MISMATCH, AdapterMessages.text("audit.entryDoesNotMatch", seq));
  }
}
