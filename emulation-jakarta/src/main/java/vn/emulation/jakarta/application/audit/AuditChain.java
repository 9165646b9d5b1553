package vn.emulation.jakarta.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain of the audit log, as pure functions: an entry's hash, the next entry after a head,
 * and (through {@link ChainVerifier}) whether a sequence of entries is still the one that was
 * written.
 *
 * <p>An entry's hash is SHA-256 over a canonical encoding of every field in a fixed order — seq,
 * time, actor, role, unit, action, target, before, after, previous hash — each written as its
 * length in UTF-8 bytes, a colon and the bytes (a null field as a single {@code -}), after the
 * format's name {@code emulation-audit/1}. Length prefixes make the encoding unambiguous: no
 * shifting of text from one field to the next gives the same bytes. The time is written in UTC with
 * nine fraction digits, so that its text never depends on the database's precision or zone. Because
 * each entry covers the hash of the one before, changing, removing or reordering an entry breaks
 * the chain from there on.
 */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  static final String FORMAT = "emulation-audit/1";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /** The entry that follows {@code head}: numbered next, linked to it and sealed. */
  public static AuditEntry append(AuditHead head, AuditEvent e) {
    long seq = head.lastSeq() + 1;
    String hash = hash(seq, e, head.lastHash());
    return new AuditEntry(
        seq,
        e.recordedAt(),
        e.actor(),
        e.actorRole(),
        e.actorUnit(),
        e.action(),
        e.target(),
        e.beforeState(),
        e.afterState(),
        head.lastHash(),
        hash);
  }

  /** The hash an entry should have, recomputed from its fields (not its stored hash). */
  public static String hashOf(AuditEntry entry) {
    return hash(entry.seq(), entry.event(), entry.previousHash());
  }

  /** A verifier of a chain from its first entry; see {@link ChainVerifier}. */
  public static ChainVerifier verifier() {
    return new ChainVerifier();
  }

  /** Verifies a whole chain held in memory, from entry 1, against its own last entry. */
  public static AuditVerification verify(Iterable<AuditEntry> entries) {
    ChainVerifier v = verifier();
    for (AuditEntry e : entries) {
      if (!v.accept(e)) {
        break;
      }
    }
    return v.result();
  }

  /** The fixed text of a time in the encoding. */
  static String time(Instant t) {
    return TIME.format(t);
  }

  static String hash(long seq, AuditEvent e, String previousHash) {
    MessageDigest sha = sha256();
    field(sha, FORMAT);
    field(sha, Long.toString(seq));
    field(sha, time(e.recordedAt()));
    field(sha, e.actor());
    field(sha, e.actorRole());
    field(sha, e.actorUnit());
    field(sha, e.action());
    field(sha, e.target());
    field(sha, e.beforeState());
    field(sha, e.afterState());
    field(sha, previousHash);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void field(MessageDigest sha, String value) {
    if (value == null) {
      sha.update((byte) '-');
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
