package vn.emulation.core.procedure.received;

import java.util.Objects;

/**
 * A file as the receiving adapter found it in the archive: its path, size and the SHA-256 it
 * computed over the bytes. Immutable.
 */
public record ArchivedFile(String path, long size, String sha256) {

  public ArchivedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }
}
