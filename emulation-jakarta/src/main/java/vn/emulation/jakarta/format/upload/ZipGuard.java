package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Checks an XLSX's parts before POI opens it, unpacking each without keeping anything (the file is
 * read by random access: its central directory, then each part in chunks), so that a "zip bomb" is
 * refused before anything is expanded in memory. Each kind of part has its own bound, from {@link
 * UploadLimits}: the worksheets what the row limit allows, the shared strings (which a streaming
 * reader holds whole) a little per row, the rest a fixed amount. The sizes the central directory
 * declares are checked first, so an honest large file is refused without inflating a byte; then
 * every part is inflated and counted, whatever its headers claim, and a part that inflates more
 * than a hundredfold is refused as POI's own guard would.
 *
 * <p>It walks the central directory rather than the local headers, as {@code
 * java.util.zip.ZipInputStream} does, because that stream refuses files that Excel and POI's own
 * streaming writer produce (ZIP64 data descriptors after small parts).
 */
final class ZipGuard {

  private static final int END = 0x06054b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int END64 = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final long MASK32 = 0xFFFFFFFFL;
  private static final int MAX_ENTRIES = 10_000;
  // As POI's ZipSecureFile: past 100 KiB, a part may not inflate more than a hundredfold.
  private static final long RATIO_GRACE = 100 * 1024;
  private static final int MAX_RATIO = 100;

  // The central directory is read whole; 10,000 entries with long names fit well within this.
  private static final int MAX_DIRECTORY = 16 * 1024 * 1024;
  private static final int CHUNK = 64 * 1024;

  private final SeekableByteChannel zip;
  private final long length;
  private final UploadLimits limits;
  private final long[] declared = new long[Kind.values().length];
  private final long[] unpacked = new long[Kind.values().length];

  private ZipGuard(SeekableByteChannel zip, UploadLimits limits) throws IOException {
    this.zip = zip;
    this.length = zip.size();
    this.limits = limits;
  }

  /** Refuses content that is not a readable ZIP or whose parts unpack to more than allowed. */
  static void check(UploadContent content, UploadLimits limits) {
    try (SeekableByteChannel channel = content.channel()) {
      new ZipGuard(channel, limits).walk();
    } catch (IndexOutOfBoundsException | IllegalStateException | DataFormatException e) {
      throw UploadFaults.damagedZip();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the uploaded file failed", e);
    }
  }

  /** The kinds of part, each with its own bound. */
  private enum Kind {
    SHEETS,
    SHARED_STRINGS,
    OTHER;

    static Kind of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.startsWith("xl/worksheets/")) {
        return SHEETS;
      }
      return n.endsWith("sharedstrings.xml") ? SHARED_STRINGS : OTHER;
    }
  }

  /** One part, as the central directory describes it. */
  private record Part(Kind kind, int method, long local, long packedSize) {}

  private void walk() throws DataFormatException, IOException {
    int tailLength = (int) Math.min(length, 22 + 0xFFFF);
    long tailStart = length - tailLength;
    byte[] tail = read(tailStart, tailLength);
    int endInTail = findEnd(tail);
    long end = tailStart + endInTail;
    long entries = u16(tail, endInTail + 10);
    long directory = u32(tail, endInTail + 16);
    boolean zip64 = entries == 0xFFFF || directory == MASK32;
    if (zip64 && end >= 20) {
      byte[] locator = read(end - 20, 20);
      if (u32(locator, 0) == END64_LOCATOR) {
        byte[] end64 = read(offset(u64(locator, 8)), 56);
        check(u32(end64, 0) == END64, "no ZIP64 end record");
        entries = u64(end64, 32);
        directory = u64(end64, 48);
      }
    }
    if (entries == 0) {
      throw UploadProblems.single("file", AdapterMessages.text("upload.xlsxFileEmptyHolds"));
    }
    if (entries > MAX_ENTRIES) {
      throw tooLarge(entries + " parts");
    }
    long directoryLength = end - offset(directory);
    check(directoryLength >= 0, "the central directory starts past its end");
    if (directoryLength > MAX_DIRECTORY) {
      throw tooLarge("a directory of " + directoryLength + " bytes");
    }
    byte[] dir = read(directory, (int) directoryLength);
    List<Part> parts = new ArrayList<>();
    int p = 0;
    for (long i = 0; i < entries; i++) {
      check(u32(dir, p) == CENTRAL, "no central directory entry");
      int nameLength = u16(dir, p + 28);
      int extraLength = u16(dir, p + 30);
      check(p + 46L + nameLength <= dir.length, "a name runs past the end");
      String name = new String(dir, p + 46, nameLength, StandardCharsets.UTF_8);
      // unpacked size, compressed size, local header offset
      long[] sizes = {u32(dir, p + 24), u32(dir, p + 20), u32(dir, p + 42)};
      zip64(dir, p + 46 + nameLength, extraLength, sizes);
      Kind kind = Kind.of(name);
      declared[kind.ordinal()] += sizes[0];
      if (declared[kind.ordinal()] > bound(kind)) {
        throw tooLarge(kind, bound(kind));
      }
      parts.add(new Part(kind, u16(dir, p + 10), offset(sizes[2]), sizes[1]));
      p += 46 + nameLength + extraLength + u16(dir, p + 32);
    }
    for (Part part : parts) {
      unpack(part);
    }
  }

  /** Reads the sizes a ZIP64 extra field holds in place of the 32-bit ones marked as absent. */
  private static void zip64(byte[] dir, int extra, int length, long[] sizes) {
    for (int q = extra; q + 4 <= extra + length; q += 4 + u16(dir, q + 2)) {
      if (u16(dir, q) == 0x0001) {
        int field = q + 4;
        for (int i = 0; i < sizes.length; i++) {
          if (sizes[i] == MASK32) {
            sizes[i] = u64(dir, field);
            field += 8;
          }
        }
      }
    }
  }

  private void unpack(Part part) throws DataFormatException, IOException {
    byte[] header = read(part.local(), 30);
    check(u32(header, 0) == LOCAL, "no local header");
    long data = part.local() + 30 + u16(header, 26) + u16(header, 28);
    long packed = offset(part.packedSize());
    check(data + packed <= length, "a part runs past the end");
    if (part.method() == 0) {
      count(part.kind(), packed);
      return;
    }
    check(part.method() == 8, "compression method " + part.method());
    Inflater inflater = new Inflater(true);
    try {
      byte[] input = new byte[CHUNK];
      byte[] buffer = new byte[CHUNK];
      long position = data;
      long remaining = packed;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          if (remaining == 0) {
            break;
          }
          int n = (int) Math.min(input.length, remaining);
          readFully(position, input, n);
          position += n;
          remaining -= n;
          inflater.setInput(input, 0, n);
          continue;
        }
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsDictionary()) {
          break;
        }
        count(part.kind(), n);
        long written = inflater.getBytesWritten();
        if (written > RATIO_GRACE && inflater.getBytesRead() * MAX_RATIO < written) {
          throw UploadProblems.single(
              "file", AdapterMessages.text("upload.xlsxFileCompressedAbnormally"));
        }
      }
    } finally {
      inflater.end();
    }
  }

  private void count(Kind kind, long bytes) {
    unpacked[kind.ordinal()] += bytes;
    if (unpacked[kind.ordinal()] > bound(kind)) {
      throw tooLarge(kind, bound(kind));
    }
  }

  private long bound(Kind kind) {
    return switch (kind) {
      case SHEETS -> limits.maxUnpackedSheetBytes();
      case SHARED_STRINGS -> limits.maxUnpackedSharedStringsBytes();
      case OTHER -> limits.maxUnpackedOtherBytes();
    };
  }

  /** Where the end of central directory record starts in the file's last bytes. */
  private static int findEnd(byte[] tail) {
    for (int p = tail.length - 22; p >= 0; p--) {
      if (u32(tail, p) == END) {
        return p;
      }
    }
    throw new IllegalStateException("no end of central directory");
  }

  private static InvalidInputException tooLarge(String what) {
    return UploadProblems.single("file", AdapterMessages.text("upload.xlsxFileUnpacksToo", what));
  }

  private InvalidInputException tooLarge(Kind kind, long bound) {
    return switch (kind) {
      case SHEETS ->
          UploadProblems.single(
              "file", AdapterMessages.text("upload.sheetsXlsxFileUnpack", bound, limits.maxRows()));
      case SHARED_STRINGS ->
          UploadProblems.single(
              "file",
              AdapterMessages.text("upload.sharedStringsXlsxFile", bound, limits.maxRows()));
      case OTHER -> tooLarge("more than " + bound + " bytes besides the sheets");
    };
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  private long offset(long offset) {
    check(offset >= 0 && offset < length, "an offset past the end");
    return offset;
  }

  private byte[] read(long position, int count) throws IOException {
    byte[] bytes = new byte[count];
    readFully(position, bytes, count);
    return bytes;
  }

  private void readFully(long position, byte[] into, int count) throws IOException {
    check(position >= 0 && position + count <= length, "a read past the end");
    ByteBuffer buffer = ByteBuffer.wrap(into, 0, count);
    zip.position(position);
    while (buffer.hasRemaining()) {
      check(zip.read(buffer) >= 0, "the file ends early");
    }
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (u16(b, p) | (long) u16(b, p + 2) << 16) & MASK32;
  }

  private static long u64(byte[] b, int p) {
    return u32(b, p) | u32(b, p + 4) << 32;
  }
}
