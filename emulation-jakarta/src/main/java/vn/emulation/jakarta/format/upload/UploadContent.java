package vn.emulation.jakarta.format.upload;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The bytes of an uploaded file, with their size, their SHA-256 (an upload is idempotent by it) and
 * their first bytes (the format is told by them): either kept on disk in a temporary file, as the
 * server receives a body, or in an array, as tests and templates hand them over. The server never
 * holds a body in its heap: {@link #receive} copies it to a file readable by its owner only,
 * counting and hashing while it copies, and {@link #close()} deletes the file, which the caller
 * does in a {@code try}-with-resources whatever the outcome. Not thread-safe; read it from one
 * request.
 */
public final class UploadContent implements AutoCloseable {

  /** How many first bytes are kept in memory to tell the format by. */
  static final int HEAD = 8_192;

  private static final int BUFFER = 64 * 1024;

  private final byte[] bytes;
  private final Path file;
  private final long size;
  private final String sha256;
  private final byte[] head;

  private UploadContent(byte[] bytes, Path file, long size, String sha256, byte[] head) {
    this.bytes = bytes;
    this.file = file;
    this.size = size;
    this.sha256 = sha256;
    this.head = head;
  }

  /** Content held in an array (tests, small files made in memory). */
  public static UploadContent of(byte[] content) {
    Objects.requireNonNull(content, "content");
    MessageDigest digest = sha256Digest();
    return new UploadContent(
        content,
        null,
        content.length,
        HexFormat.of().formatHex(digest.digest(content)),
        Arrays.copyOf(content, Math.min(content.length, HEAD)));
  }

  /**
   * Copies {@code body} to a new temporary file in {@code directory} (created if absent) that only
   * its owner may read, computing its SHA-256 meanwhile. Stops after {@code maxBytes + 1} bytes,
   * deletes the file and throws {@link UploadTooLargeException}; deletes it too when the copy
   * fails. The body is not closed.
   */
  public static UploadContent receive(InputStream body, Path directory, long maxBytes)
      throws IOException {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(directory, "directory");
    Files.createDirectories(directory);
    Path file = Files.createTempFile(directory, "upload-", ".part", ownerOnly());
    try {
      MessageDigest digest = sha256Digest();
      byte[] head = new byte[HEAD];
      byte[] buffer = new byte[BUFFER];
      long size = 0;
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        for (int n; (n = body.read(buffer)) != -1; ) {
          if (size + n > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
          }
          if (size < HEAD) {
            System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD - size));
          }
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
          size += n;
        }
      }
      return new UploadContent(
          null,
          file,
          size,
          HexFormat.of().formatHex(digest.digest()),
          Arrays.copyOf(head, (int) Math.min(size, HEAD)));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** The number of bytes. */
  public long size() {
    return size;
  }

  /** The SHA-256 of the bytes, in lower-case hexadecimal. */
  public String sha256() {
    return sha256;
  }

  /** The temporary file holding the bytes, while it exists; empty for content in an array. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The first bytes, at most {@value #HEAD}. */
  byte[] head() {
    return head;
  }

  /** The bytes from the start, buffered; the caller closes the stream. */
  public InputStream open() throws IOException {
    return file == null
        ? new ByteArrayInputStream(bytes)
        : new BufferedInputStream(Files.newInputStream(file), BUFFER);
  }

  /** The bytes for random access (a ZIP's central directory, its parts); the caller closes it. */
  SeekableByteChannel channel() throws IOException {
    return file == null
        ? new SeekableInMemoryByteChannel(bytes)
        : FileChannel.open(file, StandardOpenOption.READ);
  }

  /** Deletes the temporary file, if there is one. */
  @Override
  public void close() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("deleting the uploaded file " + file + " failed", e);
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
