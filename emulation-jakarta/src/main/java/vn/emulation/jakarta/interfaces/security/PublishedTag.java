package vn.emulation.jakarta.interfaces.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The entity tag of a published answer: the first 128 bits of the SHA-256 of its bytes, base64url,
 * as a strong tag ({@code "p-…"}). Equal bytes give equal tags on every server; a changed figure
 * changes the bytes. Immutable.
 *
 * @param value the tag without quotes
 */
record PublishedTag(String value) {

  static PublishedTag of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      byte[] head = new byte[16];
      System.arraycopy(digest, 0, head, 0, head.length);
      return new PublishedTag("p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(head));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The {@code ETag} header's value. */
  String header() {
    return "\"" + value + "\"";
  }

  /**
   * Whether {@code If-None-Match} names this tag: {@code *}, or one of its comma-separated tags,
   * compared weakly as RFC 9110 § 13.1.2 says for this header (a {@code W/} prefix is ignored). A
   * header that names no tag well-formed matches nothing: the answer is sent whole.
   */
  boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String t = candidate.strip();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.length() >= 2
          && t.startsWith("\"")
          && t.endsWith("\"")
          && t.substring(1, t.length() - 1).equals(value)) {
        return true;
      }
    }
    return false;
  }
}
