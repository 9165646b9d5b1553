package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload's body received to disk: counted, hashed and deleted. */
class UploadContentTest {

  @TempDir Path directory;

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  @Test
  void keepsTheBodyInAFileOnlyItsOwnerReadsUntilClosed() throws IOException {
    byte[] body = random(200_000);

    try (UploadContent content =
        UploadContent.receive(new ByteArrayInputStream(body), directory, 200_000)) {
      Path file = content.file().orElseThrow();
      assertThat(file.getParent()).isEqualTo(directory);
      assertThat(file).hasBinaryContent(body);
      assertThat(content.size()).isEqualTo(200_000);
      assertThat(content.head()).isEqualTo(Arrays.copyOf(body, UploadContent.HEAD));
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .isEqualTo("rw-------");
      }
    }

    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void hashesWhileCopyingAsTheBytesThemselvesHash() throws Exception {
    byte[] body = random(300_001);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));

    try (UploadContent onDisk =
        UploadContent.receive(new ByteArrayInputStream(body), directory, 1 << 20)) {
      assertThat(onDisk.sha256()).isEqualTo(expected).isEqualTo(UploadContent.of(body).sha256());
    }
  }

  @Test
  void refusesABodyOneByteOverTheLimitAndLeavesNoFile() {
    assertThatThrownBy(
            () -> UploadContent.receive(new ByteArrayInputStream(random(1_001)), directory, 1_000))
        .isInstanceOfSatisfying(
            UploadTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(1_000));

    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void acceptsABodyOfExactlyTheLimit() throws IOException {
    try (UploadContent content =
        UploadContent.receive(new ByteArrayInputStream(random(1_000)), directory, 1_000)) {
      assertThat(content.size()).isEqualTo(1_000);
    }
  }

  @Test
  void createsAMissingDirectory() throws IOException {
    Path missing = directory.resolve("uploads");

    try (UploadContent content =
        UploadContent.receive(new ByteArrayInputStream(random(10)), missing, 1_000)) {
      assertThat(content.file()).get().satisfies(f -> assertThat(f.getParent()).isEqualTo(missing));
    }

    assertThat(missing).isEmptyDirectory();
  }

  @Test
  void contentInAnArrayHasNoFileAndClosesQuietly() {
    UploadContent content = UploadContent.of(new byte[] {1, 2, 3});

    content.close();

    assertThat(content.file()).isEmpty();
    assertThat(content.size()).isEqualTo(3);
  }
}
