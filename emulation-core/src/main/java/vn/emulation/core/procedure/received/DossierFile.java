package vn.emulation.core.procedure.received;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of an electronic dossier as its manifest lists it: where it lies in the archive, its
 * media type, size and SHA-256. Immutable and thread-safe.
 *
 * @param path its path in the archive, relative, with forward slashes ({@code
 *     nominees/N-1/SUBMISSION/to-trinh.pdf})
 * @param mediaType its media type ({@code application/pdf})
 * @param size its size in bytes
 * @param sha256 its SHA-256, 64 lower-case hexadecimal digits
 */
public record DossierFile(String path, String mediaType, long size, String sha256) {

  private static final Pattern SHA_256 = Pattern.compile("^[0-9a-f]{64}$");

  public DossierFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
    if (!isSafePath(path)) {
      throw new IllegalArgumentException("not a relative archive path: " + path);
    }
    if (size < 0) {
      throw new IllegalArgumentException("a negative size " + size + " for " + path);
    }
    if (!SHA_256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256 + " for " + path);
    }
  }

  /**
   * Whether {@code path} is one an archive may hold: relative, forward slashes, no {@code .} or
   * {@code ..} segment, no empty segment; so that no entry can point outside the archive.
   */
  public static boolean isSafePath(String path) {
    if (path == null || path.isEmpty() || path.length() > 400 || path.startsWith("/")) {
      return false;
    }
    if (path.indexOf('\\') >= 0 || path.chars().anyMatch(c -> c < 0x20)) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
