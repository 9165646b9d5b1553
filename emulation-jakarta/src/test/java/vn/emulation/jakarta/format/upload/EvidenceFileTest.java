package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.FileReference;

/**
 * A dossier's evidence file told by its content: PDF, DOCX, JPEG and PNG kept with their size and
 * SHA-256, whatever their name says; anything else refused at file.
 */
class EvidenceFileTest {

  private static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0
  };
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String kind) throws IOException {
    return switch (kind) {
      case "pdf" -> "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
      case "docx" -> zip("[Content_Types].xml", "word/document.xml");
      case "jpeg" -> JPEG;
      default -> PNG;
    };
  }

  private static String sha256(byte[] b) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @ParameterizedTest
  @CsvSource({
    "pdf,  application/pdf, minh-chung.pdf",
    "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
        + " minh-chung.docx",
    "jpeg, image/jpeg, minh-chung.jpg",
    "png,  image/png, minh-chung.png"
  })
  void eachTypeIsToldByItsContent(String kind, String type, String defaultName) throws Exception {
    byte[] b = bytes(kind);

    FileReference named = EvidenceFile.of(UploadContent.of(b), "Bằng khen năm 2024.txt");
    FileReference unnamed = EvidenceFile.of(UploadContent.of(b), " ");

    assertThat(named.mediaType()).isEqualTo(type);
    assertThat(named.name()).isEqualTo("Bằng khen năm 2024.txt");
    assertThat(named.size()).isEqualTo(b.length);
    assertThat(named.sha256()).isEqualTo(sha256(b));
    assertThat(unnamed.name()).isEqualTo(defaultName);
  }

  @Test
  void aSpreadsheetTextOrTruncatedImageIsRefusedAtFile() throws IOException {
    for (byte[] wrong :
        new byte[][] {
          zip("[Content_Types].xml", "xl/workbook.xml"),
          "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
          new byte[] {(byte) 0xFF, (byte) 0xD8},
          new byte[] {(byte) 0x89, 'P', 'N', 'G'}
        }) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> EvidenceFile.of(UploadContent.of(wrong), "anh.png"));
      assertThat(e.problems()).extracting(Problem::path).containsExactly("file");
      assertThat(e.problems().get(0).reason().vi()).contains("PDF", "PNG");
      assertThat(e.problems().get(0).reason().en()).contains("JPEG");
    }
  }
}
