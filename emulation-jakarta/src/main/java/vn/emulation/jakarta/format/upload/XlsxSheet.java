package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the data sheet of an XLSX workbook row by row, streaming its XML (SAX) straight out of the
 * compressed bytes, read by random access from the uploaded file, so that neither the file nor a
 * large sheet is held in memory, unpacked or as a tree of cells (only the shared strings are held,
 * within {@link UploadLimits#maxUnpackedSharedStringsBytes()}): the sheet named {@value
 * #DATA_SHEET} wherever it stands, else the first. Cached formula results are read, not formulas;
 * numbers as plain values ({@link RawNumbers}).
 */
final class XlsxSheet {

  /** The name of the data sheet, in the templates and in the files filled in from them. */
  static final String DATA_SHEET = "Số liệu";

  private XlsxSheet() {}

  /** Feeds every row of the data sheet to {@code rows}, numbered as the spreadsheet shows them. */
  static void read(UploadContent content, UploadLimits limits, RawRows rows) {
    ZipGuard.check(content, limits);
    ZipEntrySource parts = null;
    OPCPackage workbook = null;
    try {
      parts = parts(content);
      workbook = OPCPackage.open(parts);
      XSSFReader reader = new XSSFReader(workbook);
      PackagePart sheet = dataSheet(reader);
      if (sheet == null) {
        rows.fail("file", AdapterMessages.text("upload.xlsxFileNoSheet"));
        return;
      }
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      XMLReader parser = new CellTextBound(XMLHelper.newXMLReader());
      parser.setContentHandler(
          new XSSFSheetXMLHandler(styles, strings, new SheetRows(rows), new RawNumbers(), false));
      try (InputStream in = sheet.getInputStream()) {
        parser.parse(new InputSource(in));
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // POI reports a damaged workbook with many kinds of exception, some unchecked.
      failed(e, rows);
    } finally {
      if (workbook != null) {
        workbook.revert();
      }
      closeQuietly(parts);
    }
  }

  /**
   * The workbook's parts, each inflated only when read and as a stream. {@code
   * OPCPackage.open(InputStream)} would instead unpack every part into memory first, which is how a
   * file well under the upload limit once took a gigabyte of heap.
   */
  private static ZipEntrySource parts(UploadContent content) throws IOException {
    SeekableByteChannel channel = content.channel();
    try {
      return new ZipFileZipEntrySource(ZipFile.builder().setSeekableByteChannel(channel).get());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  // The parts' file is deleted once read: its channel must not stay open (Windows refuses).
  private static void closeQuietly(ZipEntrySource parts) {
    if (parts != null) {
      try {
        parts.close();
      } catch (IOException e) {
        // nothing was written; the file is deleted after this anyway
      }
    }
  }

  private static PackagePart dataSheet(XSSFReader reader) throws IOException, OpenXML4JException {
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    PackagePart first = null;
    while (sheets.hasNext()) {
      sheets.next().close();
      PackagePart part = sheets.getSheetPart();
      if (normalized(sheets.getSheetName()).equalsIgnoreCase(normalized(DATA_SHEET))) {
        return part;
      }
      first = first == null ? part : first;
    }
    return first;
  }

  // A name typed on a Mac may hold "ố" as o + two combining marks.
  private static String normalized(String name) {
    return Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFC);
  }

  private static void failed(Exception e, RawRows rows) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
        rows.fail("file", AdapterMessages.text("upload.xlsxFileCompressedAbnormally"));
        return;
      }
    }
    LocalizedText reason = UploadFaults.unreadableXlsx(e);
    rows.fail("file", reason);
  }

  /** Gathers the cells of each row by column, however sparse the sheet's XML is. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    // Cells further right than this cannot be upload data; ignoring them bounds each row.
    private static final int MAX_COLUMNS = 256;

    private final RawRows rows;
    private final List<String> cells = new ArrayList<>();

    SheetRows(RawRows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      rows.row(rowNum + 1, cells);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int referenced = reference == null ? -1 : column(reference);
      int column = referenced < 0 ? cells.size() : referenced;
      if (column >= MAX_COLUMNS || value == null) {
        return;
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, value);
    }

    /** The 0-based column of a cell reference such as {@code AB12}; -1 without letters. */
    private static int column(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
        column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        if (column > MAX_COLUMNS) {
          return MAX_COLUMNS;
        }
      }
      return column - 1;
    }
  }
}
