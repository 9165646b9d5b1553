package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.FileReference;

/** A unit's own plan told by its content: PDF and DOCX kept, anything else refused at file. */
class PlanDocumentTest {

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

  @Test
  void aPdfIsKeptByItsContentWithItsNameSizeAndSha256() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    UploadContent content = UploadContent.of(pdf);

    FileReference f = PlanDocument.of(content, "Kế hoạch thi đua.docx");

    assertThat(f.mediaType()).isEqualTo(FileReference.PDF);
    assertThat(f.name()).isEqualTo("Kế hoạch thi đua.docx");
    assertThat(f.size()).isEqualTo(pdf.length);
    assertThat(f.sha256()).isEqualTo(content.sha256());
  }

  @Test
  void aWordDocumentIsAZipHoldingWordDocumentXml() throws IOException {
    FileReference f =
        PlanDocument.of(UploadContent.of(zip("[Content_Types].xml", "word/document.xml")), null);

    assertThat(f.mediaType()).isEqualTo(PlanDocument.DOCX);
    assertThat(f.isWord()).isTrue();
    assertThat(f.name()).isEqualTo("ke-hoach.docx");
  }

  @Test
  void aSpreadsheetOrTextIsRefusedAtFile() throws IOException {
    for (byte[] wrong :
        new byte[][] {
          zip("[Content_Types].xml", "xl/workbook.xml"),
          "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)
        }) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> PlanDocument.of(UploadContent.of(wrong), "ke-hoach.pdf"));
      assertThat(e.problems()).extracting(Problem::path).containsExactly("file");
      assertThat(e.problems().get(0).reason().vi()).contains("PDF");
    }
  }
}
