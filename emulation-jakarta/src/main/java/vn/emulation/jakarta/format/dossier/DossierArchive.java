package vn.emulation.jakarta.format.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The ZIP of an electronic dossier. Written deterministically: the manifest, its signature, then
 * every file in path order, each entry stamped 1980-01-01 00:00 (the ZIP epoch, stored as is, with
 * no time zone and no extra field) and deflated at the default level, so that the same dossier
 * gives the same bytes. Read bounded: at most {@value #MAX_ENTRIES} entries and {@code maxBytes}
 * unpacked in all (a ZIP bomb stops there), every path relative and inside the archive, none twice.
 */
public final class DossierArchive {

  /** The most entries an archive may hold. */
  public static final int MAX_ENTRIES = 10_000;

  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private DossierArchive() {}

  /** The archive of {@code manifest}, its {@code signature} and {@code files} (by path). */
  public static byte[] write(byte[] manifest, byte[] signature, SortedMap<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, DossierManifest.MANIFEST, manifest);
      entry(zip, DossierManifest.SIGNATURE, signature);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the dossier cannot be written", e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(path);
    e.setTimeLocal(EPOCH);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }

  /**
   * What an archive holds, as read: every entry's bytes by path in the archive's order, and the
   * problems found on the way (an entry with an unacceptable path or twice is left out and named).
   *
   * @param entries the entries read, by path
   * @param problems what does not follow the format, at {@code archive}
   */
  public record Read(Map<String, byte[]> entries, List<Problem> problems) {
    public Read {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads {@code in}, at most {@code maxBytes} unpacked in all.
   *
   * @throws DossierTooLargeException beyond {@code maxBytes} or {@value #MAX_ENTRIES} entries
   */
  public static Read read(InputStream in, long maxBytes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    long total = 0;
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      byte[] buffer = new byte[64 * 1024];
      while ((e = zip.getNextEntry()) != null) {
        if (++count > MAX_ENTRIES) {
          throw new DossierTooLargeException(maxBytes);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n; (n = zip.read(buffer)) != -1; ) {
          total += n;
          if (total > maxBytes) {
            throw new DossierTooLargeException(maxBytes);
          }
          bytes.write(buffer, 0, n);
        }
        String path = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (!DossierFile.isSafePath(path)) {
          problems.add(
              new Problem("archive", AdapterMessages.text("dossier.entryPath", visible(path))));
        } else if (entries.containsKey(path)) {
          problems.add(new Problem("archive", AdapterMessages.text("dossier.entryTwice", path)));
        } else {
          entries.put(path, bytes.toByteArray());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // a truncated or malformed archive: what was sent is no ZIP this reader can take
      return new Read(
          Map.of(), List.of(new Problem("archive", AdapterMessages.text("dossier.notZip"))));
    }
    if (count == 0) {
      return new Read(
          Map.of(), List.of(new Problem("archive", AdapterMessages.text("dossier.notZip"))));
    }
    return new Read(entries, problems);
  }

  private static String visible(String path) {
    StringBuilder b = new StringBuilder();
    path.codePoints()
        .limit(200)
        .forEach(
            c ->
                b.append(
                    c < 0x20 || c == 0x7f
                        ? "\\u" + String.format("%04x", c)
                        : Character.toString(c)));
    return b.toString();
  }
}
