package vn.emulation.jakarta.application.procedure;

import java.util.Objects;

/**
 * A document as it is downloaded: its Vietnamese file name, media type, bytes and their SHA-256 (in
 * hex, its ETag). Immutable.
 */
public record DocumentFile(String fileName, String mediaType, byte[] content, String sha256) {

  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public DocumentFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    content = content.clone();
    Objects.requireNonNull(sha256, "sha256");
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentFile f && fileName.equals(f.fileName) && sha256.equals(f.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, sha256);
  }

  @Override
  public String toString() {
    return "DocumentFile[" + fileName + ", " + mediaType + ", " + sha256 + "]";
  }
}
