package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.emulation.core.procedure.FileReference;

/**
 * What a received document is, told by its content and never by its name or declared type: a PDF by
 * its {@code %PDF-} header, a DOCX by being a ZIP that holds {@code word/document.xml}, a JPEG by
 * its start-of-image marker, a PNG by its eight-byte signature. Stateless.
 */
final class DocumentTypes {

  /** The media type of a Word document, as the core's {@link FileReference#isWord} knows it. */
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int MAX_ENTRIES = 2_000;

  private DocumentTypes() {}

  /** The type of a PDF or a DOCX, if {@code content} is one. */
  static Optional<String> pdfOrWord(UploadContent content) {
    byte[] head = content.head();
    if (startsWith(head, PDF_MAGIC)) {
      return Optional.of(FileReference.PDF);
    }
    if (startsWith(head, ZIP_MAGIC) && holdsWordDocument(content)) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  /** The type of a PDF, a DOCX, a JPEG or a PNG, if {@code content} is one. */
  static Optional<String> documentOrImage(UploadContent content) {
    byte[] head = content.head();
    if (startsWith(head, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    return pdfOrWord(content);
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
