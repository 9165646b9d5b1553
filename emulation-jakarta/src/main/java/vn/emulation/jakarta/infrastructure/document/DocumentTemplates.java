package vn.emulation.jakarta.infrastructure.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.emulation.jakarta.format.document.DocumentTemplate;

/**
 * Which document template a deployment uses (ADR 0041): the file {@code
 * emulation.documents.template} names, in the format {@code emulation-documents/1}, or the built-in
 * one (Rạch Giá's) when none is named. A city changes its name, emblem and signer by changing that
 * file, never the WAR.
 */
public final class DocumentTemplates {

  /** The configuration key naming the template file. */
  public static final String SETTING = "emulation.documents.template";

  private DocumentTemplates() {}

  /**
   * The template of {@code file}, or the built-in one when it is absent or blank.
   *
   * @throws vn.emulation.core.common.InvalidInputException naming every problem of the file at its
   *     JSON path
   * @throws UncheckedIOException when the file named cannot be read
   */
  public static DocumentTemplate of(Optional<String> file) {
    Optional<Path> path = file.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    if (path.isEmpty()) {
      return DocumentTemplate.builtIn();
    }
    try (InputStream in = Files.newInputStream(path.get())) {
      return DocumentTemplate.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the document template " + path.get() + " (" + SETTING + ") cannot be read", e);
    }
  }
}
