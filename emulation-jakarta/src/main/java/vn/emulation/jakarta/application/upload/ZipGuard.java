package vn.emulation.jakarta.application.upload;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.emulation.core.common.InvalidInputException;

/**
 * Unpacks every part of a ZIP without keeping anything, counting, to refuse a "zip bomb" before
 * POI opens it: POI's own guard ({@code ZipSecureFile}, kept at its defaults) refuses parts that
 * inflate more than a hundredfold, but a workbook just under that could still fill the memory
 * POI unpacks it into. This guard caps the total actually inflated, whatever the headers claim.
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

  private final byte[] zip;
  private final long maxUnpacked;
  private long unpacked;

  private ZipGuard(byte[] zip, long maxUnpacked) {
    this.zip = zip;
    this.maxUnpacked = maxUnpacked;
  }

  /** Refuses content that is not a readable ZIP or unpacks to more than {@code maxUnpacked}. */
  static void check(byte[] content, long maxUnpacked) {
    try {
      new ZipGuard(content, maxUnpacked).walk();
    } catch (IndexOutOfBoundsException | IllegalStateException | DataFormatException e) {
      throw UploadFaults.damagedZip();
    }
  }

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
    int p = index(directory);
    for (long i = 0; i < entries; i++) {
      check(u32(p) == CENTRAL, "no central directory entry");
      int nameLength = u16(p + 28);
      int extraLength = u16(p + 30);
      long[] sizes = {u32(p + 20), u32(p + 42)};  // compressed size, local header offset
      zip64(p + 46 + nameLength, extraLength, u32(p + 24) == MASK32, sizes);
      unpack(u16(p + 10), index(sizes[1]), sizes[0]);
      p += 46 + nameLength + extraLength + u16(p + 32);
    }
  }

  /** Reads the sizes a ZIP64 extra field holds in place of the 32-bit ones marked as absent. */
  private void zip64(int extra, int length, boolean hasUnpackedSize, long[] sizes) {
    for (int q = extra; q + 4 <= extra + length; q += 4 + u16(q + 2)) {
      if (u16(q) == 0x0001) {
        int field = q + 4 + (hasUnpackedSize ? 8 : 0);
        if (sizes[0] == MASK32) {
          sizes[0] = u64(field);
          field += 8;
        }
        if (sizes[1] == MASK32) {
          sizes[1] = u64(field);
        }
      }
    }
  }

  private void unpack(int method, int local, long packedSize) throws DataFormatException {
    check(u32(local) == LOCAL, "no local header");
    int data = local + 30 + u16(local + 26) + u16(local + 28);
    int length = index(packedSize);
    check(data + (long) length <= zip.length, "a part runs past the end");
    if (method == 0) {
      count(length);
      return;
    }
    check(method == 8, "compression method " + method);
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, data, length);
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        count(n);
      }
    } finally {
      inflater.end();
    }
  }

  private void count(long bytes) {
    unpacked += bytes;
    if (unpacked > maxUnpacked) {
      throw tooLarge("more than " + maxUnpacked + " bytes");
    }
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
