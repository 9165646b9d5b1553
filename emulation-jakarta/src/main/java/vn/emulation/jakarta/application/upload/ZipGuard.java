package vn.emulation.jakarta.application.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.emulation.core.common.InvalidInputException;

/**
 * Checks an XLSX's parts before POI opens it, unpacking each without keeping anything, so that a
 * "zip bomb" is refused before anything is expanded in memory. Each kind of part has its own
 * bound, from {@link UploadLimits}: the worksheets what the row limit allows, the shared strings
 * (which a streaming reader holds whole) a little per row, the rest a fixed amount. The sizes the
 * central directory declares are checked first, so an honest large file is refused without
 * inflating a byte; then every part is inflated and counted, whatever its headers claim, and a part
 * that inflates more than a hundredfold is refused as POI's own guard would.
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

  private final byte[] zip;
  private final UploadLimits limits;
  private final long[] declared = new long[Kind.values().length];
  private final long[] unpacked = new long[Kind.values().length];

  private ZipGuard(byte[] zip, UploadLimits limits) {
    this.zip = zip;
    this.limits = limits;
  }

  /** Refuses content that is not a readable ZIP or whose parts unpack to more than allowed. */
  static void check(byte[] content, UploadLimits limits) {
    try {
      new ZipGuard(content, limits).walk();
    } catch (IndexOutOfBoundsException | IllegalStateException | DataFormatException e) {
      throw UploadFaults.damagedZip();
    }
  }

  /** The kinds of part, each with its own bound. */
  private enum Kind {
    SHEETS, SHARED_STRINGS, OTHER;

    static Kind of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.startsWith("xl/worksheets/")) {
        return SHEETS;
      }
      return n.endsWith("sharedstrings.xml") ? SHARED_STRINGS : OTHER;
    }
  }

  /** One part, as the central directory describes it. */
  private record Part(Kind kind, int method, int local, long packedSize) {}

  private void walk() throws DataFormatException {
    int end = findEnd();
    long entries = u16(end + 10);
    long directory = u32(end + 16);
    boolean zip64 = entries == 0xFFFF || directory == MASK32;
    if (zip64 && end >= 20 && u32(end - 20) == END64_LOCATOR) {
      int end64 = index(u64(end - 12));
      check(u32(end64) == END64, "no ZIP64 end record");
      entries = u64(end64 + 32);
      directory = u64(end64 + 48);
    }
    if (entries == 0) {
      throw UploadCollector.single("file", "Tệp XLSX rỗng: không có phần nào bên trong",
          "The XLSX file is empty: it holds no parts");
    }
    if (entries > MAX_ENTRIES) {
      throw tooLarge(entries + " parts");
    }
    List<Part> parts = new ArrayList<>();
    int p = index(directory);
    for (long i = 0; i < entries; i++) {
      check(u32(p) == CENTRAL, "no central directory entry");
      int nameLength = u16(p + 28);
      int extraLength = u16(p + 30);
      check(p + 46L + nameLength <= zip.length, "a name runs past the end");
      String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
      // unpacked size, compressed size, local header offset
      long[] sizes = {u32(p + 24), u32(p + 20), u32(p + 42)};
      zip64(p + 46 + nameLength, extraLength, sizes);
      Kind kind = Kind.of(name);
      declared[kind.ordinal()] += sizes[0];
      if (declared[kind.ordinal()] > bound(kind)) {
        throw tooLarge(kind, bound(kind));
      }
      parts.add(new Part(kind, u16(p + 10), index(sizes[2]), sizes[1]));
      p += 46 + nameLength + extraLength + u16(p + 32);
    }
    for (Part part : parts) {
      unpack(part);
    }
  }

  /** Reads the sizes a ZIP64 extra field holds in place of the 32-bit ones marked as absent. */
  private void zip64(int extra, int length, long[] sizes) {
    for (int q = extra; q + 4 <= extra + length; q += 4 + u16(q + 2)) {
      if (u16(q) == 0x0001) {
        int field = q + 4;
        for (int i = 0; i < sizes.length; i++) {
          if (sizes[i] == MASK32) {
            sizes[i] = u64(field);
            field += 8;
          }
        }
      }
    }
  }

  private void unpack(Part part) throws DataFormatException {
    int local = part.local();
    check(u32(local) == LOCAL, "no local header");
    int data = local + 30 + u16(local + 26) + u16(local + 28);
    int length = index(part.packedSize());
    check(data + (long) length <= zip.length, "a part runs past the end");
    if (part.method() == 0) {
      count(part.kind(), length);
      return;
    }
    check(part.method() == 8, "compression method " + part.method());
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, data, length);
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        count(part.kind(), n);
        long written = inflater.getBytesWritten();
        if (written > RATIO_GRACE && inflater.getBytesRead() * MAX_RATIO < written) {
          throw UploadCollector.single("file",
              "Tệp XLSX nén bất thường, nghi là tệp nén độc hại (zip bomb): không mở",
              "The XLSX file is compressed abnormally, like a zip bomb: not opened");
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

  private int findEnd() {
    for (int p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xFFFF); p--) {
      if (u32(p) == END) {
        return p;
      }
    }
    throw new IllegalStateException("no end of central directory");
  }

  private static InvalidInputException tooLarge(String what) {
    return UploadCollector.single("file",
        "Tệp XLSX giải nén ra quá lớn (" + what + "), nghi là tệp nén độc hại (zip bomb)",
        "The XLSX file unpacks to too much (" + what + "); it looks like a zip bomb");
  }

  private InvalidInputException tooLarge(Kind kind, long bound) {
    return switch (kind) {
      case SHEETS -> UploadCollector.single("file",
          "Các trang tính của tệp XLSX giải nén ra hơn " + bound + " byte, nhiều hơn "
              + limits.maxRows() + " dòng số liệu (emulation.upload.max-rows) có thể chiếm:"
              + " tệp quá lớn, không mở",
          "The sheets of the XLSX file unpack to more than " + bound + " bytes, more than "
              + limits.maxRows() + " data rows (emulation.upload.max-rows) can take: the file is"
              + " too large and was not opened");
      case SHARED_STRINGS -> UploadCollector.single("file",
          "Bảng chuỗi dùng chung (sharedStrings) của tệp XLSX giải nén ra hơn " + bound
              + " byte, nhiều hơn " + limits.maxRows() + " dòng số liệu có thể cần: tệp quá lớn,"
              + " không mở",
          "The shared strings of the XLSX file unpack to more than " + bound + " bytes, more"
              + " than " + limits.maxRows() + " data rows can need: the file is too large and"
              + " was not opened");
      case OTHER -> tooLarge("more than " + bound + " bytes besides the sheets");
    };
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  private int index(long offset) {
    check(offset >= 0 && offset < zip.length, "an offset past the end");
    return (int) offset;
  }

  private int u16(int p) {
    return (zip[p] & 0xFF) | (zip[p + 1] & 0xFF) << 8;
  }

  private long u32(int p) {
    return (u16(p) | (long) u16(p + 2) << 16) & MASK32;
  }

  private long u64(int p) {
    return u32(p) | u32(p + 4) << 32;
  }
}
