package vn.emulation.jakarta.application.procedure;

import java.io.InputStream;
import java.util.Optional;

/**
 * The port to the bytes of the dossiers' files (V15 {@code evidence_content}), kept by their
 * SHA-256: the same file attached to two nominations, or received twice, is kept once. A case keeps
 * a file's reference; the electronic dossier upward carries the bytes (ADR 0052).
 */
public interface EvidenceContents {

  /** Keeps {@code size} bytes read from {@code bytes}, unless bytes of that SHA-256 are kept. */
  void keep(String sha256, String mediaType, long size, InputStream bytes);

  /** The bytes of SHA-256 {@code sha256}, if kept. */
  Optional<byte[]> read(String sha256);
}
