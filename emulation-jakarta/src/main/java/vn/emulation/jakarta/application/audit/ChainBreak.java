package vn.emulation.jakarta.application.audit;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

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
        seq,
        Kind.CONTENT_CHANGED,
        LocalizedText.of(
            "Nội dung mục "
                + seq
                + " đã bị sửa sau khi ghi: mã băm tính lại không khớp mã băm đã"
                + " lưu",
            "Entry "
                + seq
                + " was changed after it was written: its recomputed hash does not match"
                + " the stored one"));
  }

  static ChainBreak linkBroken(long seq) {
    return new ChainBreak(
        seq,
        Kind.LINK_BROKEN,
        LocalizedText.of(
            "Mục "
                + seq
                + " không nối với mục trước: previous_hash không phải mã băm của mục "
                + (seq - 1)
                + "; một mục đã bị xóa, thay thế hoặc đổi thứ tự",
            "Entry "
                + seq
                + " does not link to the entry before it: its previous_hash is not the"
                + " hash of entry "
                + (seq - 1)
                + "; an entry was removed, replaced or reordered"));
  }

  static ChainBreak sequenceGap(long seq, long expected) {
    if (seq > expected) {
      String missing = seq - 1 == expected ? String.valueOf(expected) : expected + "–" + (seq - 1);
      return new ChainBreak(
          seq,
          Kind.SEQUENCE_GAP,
          LocalizedText.of(
              "Trước mục " + seq + " thiếu mục " + missing + ": các mục đã bị xóa",
              "Entries " + missing + " before entry " + seq + " are missing: they were removed"));
    }
    return new ChainBreak(
        seq,
        Kind.SEQUENCE_GAP,
        LocalizedText.of(
            "Mục " + seq + " nằm ở chỗ của mục " + expected + ": thứ tự đã bị thay đổi",
            "Entry " + seq + " stands where entry " + expected + " should: the order was changed"));
  }

  static ChainBreak endMissing(long lastSeen, long headSeq) {
    return new ChainBreak(
        lastSeen + 1,
        Kind.HEAD_MISMATCH,
        LocalizedText.of(
            "Nhật ký dừng ở mục "
                + lastSeen
                + " nhưng đầu chuỗi ghi mục "
                + headSeq
                + ": các mục cuối đã bị xóa",
            "The log ends at entry "
                + lastSeen
                + " but its head records entry "
                + headSeq
                + ": the last entries were removed"));
  }

  static ChainBreak endReplaced(long seq) {
    return new ChainBreak(
        seq,
        Kind.HEAD_MISMATCH,
        LocalizedText.of(
            "Mục " + seq + " không khớp mã băm mà đầu chuỗi ghi cho nó: mục cuối đã bị thay",
            "Entry "
                + seq
                + " does not match the hash its head records: the last entry was"
                + " replaced"));
  }
}
