package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.format.upload.UploadTooLargeException;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reading an uploaded file from a request: its bytes up to the server's limit, never more, into a
 * temporary file, its name from {@code Content-Disposition}, and whether its media type may be a
 * CSV or XLSX file.
 */
final class UploadBodies {

  /** Media types a CSV or XLSX file arrives with; the content decides between them. */
  static final Set<String> ACCEPTED =
      Set.of(
          "text/csv",
          "text/plain",
          "application/csv",
          "text/x-csv",
          "application/x-csv",
          "text/comma-separated-values",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel",
          "application/octet-stream");

  private static final Pattern EXTENDED =
      Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED =
      Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN =
      Pattern.compile("filename\\s*=\\s*([^;\\s\"]+)", Pattern.CASE_INSENSITIVE);

  private UploadBodies() {}

  /**
   * Hands the body to {@code use} as a temporary file in {@code directory} (never held in memory)
   * and deletes the file afterwards, whatever {@code use} answers or throws. A body exceeding
   * {@code limit} bytes is a {@link FileRefusedException} (413) as soon as that is known: at once
   * from its declared length, else after reading one byte too many, its partial copy then deleted
   * and {@code use} not called.
   */
  static <T> T received(
      InputStream body,
      long declaredLength,
      long limit,
      Path directory,
      Function<UploadContent, T> use) {
    if (declaredLength > limit) {
      throw FileRefusedException.tooLarge(limit);
    }
    UploadContent content;
    try (InputStream in = body == null ? InputStream.nullInputStream() : body) {
      content = UploadContent.receive(in, directory, limit);
    } catch (UploadTooLargeException e) {
      throw FileRefusedException.tooLarge(limit);
    } catch (IOException e) {
      throw new UncheckedIOException("receiving the uploaded file failed", e);
    }
    try (content) {
      return use.apply(content);
    }
  }

  /** What an upload does with a file received: its content, its name and its media type. */
  @FunctionalInterface
  interface Upload<T> {
    T store(UploadContent content, String fileName, String mediaType);
  }

  /**
   * A file sent as the request's body: its media type checked, its name from {@code filename} or
   * else the {@code Content-Disposition} header, then kept and handed to {@code upload} as {@link
   * #received} keeps a body.
   */
  static <T> T receivedBody(
      InputStream body,
      String mediaType,
      long declaredLength,
      String filename,
      String disposition,
      long limit,
      Path directory,
      Upload<T> upload) {
    requireAccepted(mediaType);
    String name = firstOf(filename, filename(disposition));
    return received(
        body, declaredLength, limit, directory, content -> upload.store(content, name, mediaType));
  }

  /**
   * An HTML form's file, the part named {@code file}: refused at {@code file} when there is none,
   * its media type checked as a body's is, then kept and handed to {@code upload} as {@link
   * #received} keeps a body (no declared length: a part's is not known before it is read).
   */
  static <T> T receivedPart(EntityPart file, long limit, Path directory, Upload<T> upload) {
    if (file == null) {
      throw new InvalidInputException(
          "request",
          List.of(new Problem("file", AdapterMessages.text("rest.partNamedFileMissing"))));
    }
    String type = file.getMediaType() == null ? null : file.getMediaType().toString();
    requireAccepted(type);
    String name = file.getFileName().orElse(null);
    return received(
        file.getContent(), -1, limit, directory, content -> upload.store(content, name, type));
  }

  /** Refuses a declared media type that cannot be a CSV or XLSX file (absent ones pass). */
  static void requireAccepted(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return;
    }
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!ACCEPTED.contains(type)) {
      throw FileRefusedException.unsupported(type);
    }
  }

  /**
   * The file name a {@code Content-Disposition} header gives ({@code attachment;
   * filename="bao-cao.csv"}), preferring the RFC 6266 {@code filename*=UTF-8''…} form that carries
   * Vietnamese names; {@code null} when it gives none.
   */
  static String filename(String contentDisposition) {
    if (contentDisposition == null) {
      return null;
    }
    Matcher extended = EXTENDED.matcher(contentDisposition);
    if (extended.find()) {
      String charset = extended.group(1).isBlank() ? "UTF-8" : extended.group(1).strip();
      try {
        return URLDecoder.decode(extended.group(2).replace("+", "%2B"), Charset.forName(charset));
      } catch (IllegalArgumentException e) {
        // an unknown charset or a bad escape: fall back on the plain parameter
      }
    }
    Matcher quoted = QUOTED.matcher(contentDisposition);
    if (quoted.find()) {
      return quoted.group(1).replaceAll("\\\\(.)", "$1");
    }
    Matcher token = TOKEN.matcher(contentDisposition);
    return token.find() ? token.group(1) : null;
  }

  /** The first name given, in the order of the arguments; {@code null} if none. */
  static String firstOf(String... names) {
    return Arrays.stream(names).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
  }
}
