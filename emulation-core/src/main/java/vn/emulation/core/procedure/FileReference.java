package vn.emulation.core.procedure;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;

/**
 * A file a case refers to (a unit's own emulation plan, a dossier's evidence): its name, media
 * type, size and SHA-256. The core never sees the bytes; the adapter reads them, checks their type
 * by content and their size, and hands over what it found, so that the case keeps exactly which
 * file it was given. Immutable and thread-safe.
 *
 * @param name the file's name as sent, for people
 * @param mediaType its media type as the adapter found it ({@code application/pdf})
 * @param size its size in bytes, at least 1
 * @param sha256 its SHA-256, 64 lower-case hexadecimal digits
 */
public record FileReference(String name, String mediaType, long size, String sha256) {

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$");
  private static final Pattern SHA_256 = Pattern.compile("^[0-9a-f]{64}$");
  private static final int MAX_NAME = 255;

  /** The media type of a PDF file. */
  public static final String PDF = "application/pdf";

  public FileReference {
    ProblemCollector problems = new ProblemCollector();
    check(problems, "", name, mediaType, size, sha256);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("file reference", problems.problems());
    }
  }

  /**
   * The file described, or empty with every problem recorded at {@code path.name}, {@code
   * path.mediaType}, {@code path.size} and {@code path.sha256}: the adapter's way to read a
   * request's files and report all their problems with the rest of the request.
   */
  public static Optional<FileReference> read(
      ProblemCollector problems,
      String path,
      String name,
      String mediaType,
      long size,
      String sha256) {
    ProblemCollector mine = new ProblemCollector();
    check(mine, path.isEmpty() ? "" : path + ".", name, mediaType, size, sha256);
    problems.addAll(mine.problems());
    return mine.isEmpty()
        ? Optional.of(new FileReference(name, mediaType, size, sha256))
        : Optional.empty();
  }

  private static void check(
      ProblemCollector problems,
      String prefix,
      String name,
      String mediaType,
      long size,
      String sha256) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      problems.add(prefix + "name", Messages.text("procedure.file.name", MAX_NAME));
    } else {
      TextRules.checkText(problems, prefix + "name", name);
    }
    if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
      problems.add(
          prefix + "mediaType",
          Messages.text("procedure.file.mediaType", mediaType == null ? "" : mediaType));
    }
    if (size < 1) {
      problems.add(prefix + "size", Messages.text("procedure.file.size", size));
    }
    if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
      problems.add(
          prefix + "sha256",
          Messages.text("procedure.file.sha256", sha256 == null ? "" : TextRules.visible(sha256)));
    }
  }

  /** Whether the file is a PDF. */
  public boolean isPdf() {
    return PDF.equals(mediaType);
  }

  /** Whether the file is a Word document ({@code .doc} or {@code .docx}). */
  public boolean isWord() {
    String t = mediaType.toLowerCase(Locale.ROOT);
    return t.equals("application/msword")
        || t.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }
}
