package vn.emulation.jakarta.format.upload;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * An evidence file of a nomination's dossier as uploaded (a signed submission, an achievement
 * report, the minutes, a photograph of a certificate): a PDF, a Word (DOCX) document, a JPEG or a
 * PNG image, told by its content and never by its name or declared type ({@link DocumentTypes}).
 * What the core keeps of it is a {@link FileReference}: its name, the type found, its size and
 * SHA-256.
 */
public final class EvidenceFile {

  /** The media types an evidence file may be found to be. */
  public static final List<String> TYPES =
      List.of(FileReference.PDF, DocumentTypes.DOCX, DocumentTypes.JPEG, DocumentTypes.PNG);

  private EvidenceFile() {}

  /**
   * The reference of {@code content} sent as {@code name}: one of {@link #TYPES}, else a problem at
   * {@code file}; an absent name becomes one by the type found.
   *
   * @throws InvalidInputException at {@code file} when it is none of them, or at {@code file.name}
   *     when the name is not acceptable text
   */
  public static FileReference of(UploadContent content, String name) {
    String type =
        DocumentTypes.documentOrImage(content)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "file",
                        List.of(
                            new Problem(
                                "file", AdapterMessages.text("nomination.evidenceFileType")))));
    String kept = name == null || name.isBlank() ? "minh-chung." + extension(type) : name.strip();
    try {
      return new FileReference(kept, type, content.size(), content.sha256());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "file",
          e.problems().stream().map(p -> new Problem("file." + p.path(), p.reason())).toList());
    }
  }

  private static String extension(String type) {
    return switch (type) {
      case FileReference.PDF -> "pdf";
      case DocumentTypes.DOCX -> "docx";
      case DocumentTypes.JPEG -> "jpg";
      default -> "png";
    };
  }
}
