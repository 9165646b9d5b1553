package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.format.upload.UploadLimits;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The upload operations keep the body in a temporary file while the file is read and stored ({@link
 * UploadBodies#received}, as {@code MeasurementResource} calls it), and the file is gone afterwards
 * whatever the outcome: stored, refused for its rows, or too large to be received.
 */
class UploadTempFileTest {

  private static final Plan PLAN = plan();
  private static final String HEADER = "indicator,unit,year,breakdown,numerator,denominator,value";
  private static final MeasurementFile READER =
      new MeasurementFile(new UploadLimits(1 << 20, 1_000));

  @TempDir Path directory;

  private final List<Path> seen = new ArrayList<>();

  private static Plan plan() {
    return InMemoryCity.plan();
  }

  private static ByteArrayInputStream csv(String... rows) {
    return new ByteArrayInputStream(
        (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the file as the upload use case does, noting the temporary file it was given. */
  private final Function<UploadContent, ParsedUpload> parse =
      content -> {
        Path file = content.file().orElseThrow();
        assertThat(file).exists().hasParent(directory);
        seen.add(file);
        return READER.parse(
            content, "bao-cao.csv", PLAN, UnitYears.always(Set.of("RACH_GIA")), Map.of());
      };

  @Test
  void theTemporaryFileIsGoneAfterAFileIsRead() {
    ParsedUpload upload =
        UploadBodies.received(csv("G2,RACH_GIA,2023,,3,4,"), -1, 1 << 20, directory, parse);

    assertThat(upload.size()).isEqualTo(1);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).doesNotExist();
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void theTemporaryFileIsGoneAfterAFileIsRefusedForItsRows() {
    assertThatThrownBy(
            () ->
                UploadBodies.received(
                    csv("G2,RACH_GIA,2023,,5,4,", "NO_SUCH,RACH_GIA,2023,,1,2,"),
                    -1,
                    1 << 20,
                    directory,
                    parse))
        .isInstanceOf(InvalidInputException.class);

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).doesNotExist();
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void noTemporaryFileRemainsOfABodyTooLargeAndTheFileIsNeverRead() {
    byte[] large = new byte[2_000];

    assertThatThrownBy(
            () ->
                UploadBodies.received(new ByteArrayInputStream(large), -1, 1_000, directory, parse))
        .isInstanceOfSatisfying(
            FileRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    assertThatThrownBy(
            () ->
                UploadBodies.received(
                    new ByteArrayInputStream(large), large.length, 1_000, directory, parse))
        .isInstanceOf(FileRefusedException.class);

    assertThat(seen).isEmpty();
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void theSameFileSentTwiceHasTheSameFingerprintSoItIsStoredOnce() throws IOException {
    // the upload use case answers a second file of the same SHA-256 with the earlier upload
    ParsedUpload first =
        UploadBodies.received(csv("G2,RACH_GIA,2023,,3,4,"), -1, 1 << 20, directory, parse);
    ParsedUpload second =
        UploadBodies.received(csv("G2,RACH_GIA,2023,,3,4,"), -1, 1 << 20, directory, parse);
    ParsedUpload other =
        UploadBodies.received(csv("G2,RACH_GIA,2023,,2,4,"), -1, 1 << 20, directory, parse);

    assertThat(second.sha256())
        .isEqualTo(first.sha256())
        .isEqualTo(
            READER
                .parse(
                    csv("G2,RACH_GIA,2023,,3,4,").readAllBytes(),
                    "bao-cao.csv",
                    PLAN,
                    Set.of("RACH_GIA"))
                .sha256());
    assertThat(other.sha256()).isNotEqualTo(first.sha256());
    assertThat(directory).isEmptyDirectory();
  }
}
