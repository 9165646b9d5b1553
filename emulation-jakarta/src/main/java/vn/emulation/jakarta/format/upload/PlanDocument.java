package vn.emulation.jakarta.format.upload;

import java.util.List;
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
  public static final String DOCX = DocumentTypes.DOCX;

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
    return DocumentTypes.pdfOrWord(content)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "file",
                    List.of(
                        new Problem("file", AdapterMessages.text("registration.planFileType")))));
  }
}
