package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A unit's own emulation plan as uploaded (đăng ký thi đua: "kế hoạch thi đua của đơn vị"): a PDF
 * or a Word (DOCX) document, told by its content and never by its name or declared type — a PDF by
 * its {@code %PDF-} header, a DOCX by being a ZIP that holds {@code word/document.xml}. What the
 * core keeps of it is a {@link FileReference}: its name, the type found, its size and SHA-256.
 */
public final class PlanDocument {

  /** The media type of a Word document, as the core's {@link FileReference#isWord} knows it. */
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final int MAX_ENTRIES = 2_000;

  private PlanDocument() {}

  /**
   * The reference of {@code content} sent as {@code name}: a PDF or a DOCX, else a problem at
   * {@code file}; an absent name becomes one by the type found.
   *
   * @throws InvalidInputException at {@code file} when it is neither, or at {@code file.name} when
   *     the name is not acceptable text
   */
  public static FileReference of(UploadContent content, String name) {
    String type = typeOf(content);
    String kept =
        name == null || name.isBlank()
            ? (type.equals(DOCX) ? "ke-hoach.docx" : "ke-hoach.pdf")
            : name.strip();
    try {
      return new FileReference(kept, type, content.size(), content.sha256());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "file",
          e.problems().stream().map(p -> new Problem("file." + p.path(), p.reason())).toList());
    }
  }

  private static String typeOf(UploadContent content) {
    byte[] head = content.head();
    if (startsWith(head, PDF)) {
      return FileReference.PDF;
    }
    if (startsWith(head, ZIP) && holdsWordDocument(content)) {
      return DOCX;
    }
    throw new InvalidInputException(
        "file", List.of(new Problem("file", AdapterMessages.text("registration.planFileType"))));
  }

  private static boolean holdsWordDocument(UploadContent content) {
    try (InputStream in = content.open();
        ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      for (int i = 0; i < MAX_ENTRIES && (e = zip.getNextEntry()) != null; i++) {
        if (e.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      // a damaged archive is not a Word document; the caller says which types are accepted
      return false;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
