package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.format.FormulaGuard;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads CSV content row by row: UTF-8 (strictly: a file saved in another encoding is refused, not
 * garbled), an optional byte-order mark, RFC 4180 quoting, CRLF or LF, and a comma or, as a
 * Vietnamese Excel exports, a semicolon between cells, whichever the header line uses more.
 */
final class CsvSheet {

  private static final int BOM_LENGTH = 3;

  private CsvSheet() {}

  /** Whether the content starts with the UTF-8 byte-order mark. */
  static boolean hasBom(byte[] content) {
    return content.length >= BOM_LENGTH
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF;
  }

  /**
   * The cell separator: {@code ;} when the first non-blank line has more of them than commas. Reads
   * {@code content} up to the end of that line.
   */
  static char delimiterOf(InputStream content) throws IOException {
    int semicolons = 0;
    int commas = 0;
    skipBom(content);
    for (int b; (b = content.read()) != -1; ) {
      if (b == '\n' && (semicolons > 0 || commas > 0)) {
        break;
      }
      semicolons += b == ';' ? 1 : 0;
      commas += b == ',' ? 1 : 0;
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * How many cells the first line holds, counting every {@code delimiter} (quoted or not) and
   * stopping at {@code most + 1}: enough to refuse a header of a million columns before a parser
   * builds a million strings.
   */
  static int firstLineCells(InputStream content, char delimiter, int most) throws IOException {
    int cells = 1;
    skipBom(content);
    for (int b; cells <= most && (b = content.read()) != -1; ) {
      if (b == '\n') {
        break;
      }
      cells += b == delimiter ? 1 : 0;
    }
    return cells;
  }

  /**
   * Feeds every record of {@code content} to {@code rows}, numbered as a spreadsheet would number
   * them; closes {@code content}.
   */
  static void read(InputStream content, char delimiter, RawRows rows) {
    long line = 1;
    // Empty lines are kept as records, so that record numbers stay the rows Excel shows.
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    try (InputStream in = content) {
      skipBom(in);
      Reader text =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      try (CSVParser parser = CSVParser.parse(text, format)) {
        for (CSVRecord record : parser) {
          line = parser.getCurrentLineNumber();
          // cells the system guarded against formulas when it wrote the template read as written
          rows.row(
              Math.toIntExact(record.getRecordNumber()),
              record.stream().map(FormulaGuard::unguarded).toList());
        }
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      failed(e, line, rows);
    }
  }

  /** Skips the byte-order mark at the start of a stream that has one (it must support mark). */
  private static void skipBom(InputStream content) throws IOException {
    content.mark(BOM_LENGTH);
    byte[] start = content.readNBytes(BOM_LENGTH);
    if (!hasBom(start)) {
      content.reset();
    }
  }

  private static void failed(Exception e, long line, RawRows rows) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof CharacterCodingException) {
      rows.fail("file", AdapterMessages.text("upload.fileNotUtf8", line));
    } else {
      LocalizedText reason = UploadFaults.malformedCsv(cause, line);
      rows.fail("file", reason);
    }
  }
}
