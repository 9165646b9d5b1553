package vn.emulation.jakarta.format.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.Block;

/**
 * The list attached to a decision or a submission as XLSX: one sheet, its title and reference, then
 * each section's heading and table, the same words as the PDF's appendix (the core's), serial
 * numbers as numbers.
 */
public final class AwardeeWorkbook {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private AwardeeWorkbook() {}

  /** The appendix of {@code document} as an XLSX workbook. */
  public static byte[] write(AdministrativeDocument document) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Danh sách");
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      CellStyle bold = book.createCellStyle();
      bold.setFont(boldFont);
      int r = 0;
      for (Block b : document.appendix()) {
        if (b instanceof Block.Heading h) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(h.run().text());
          if (h.run().bold()) {
            row.getCell(0).setCellStyle(bold);
          }
        } else if (b instanceof Block.Paragraph p) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(p.text());
          row.getCell(0).setCellStyle(bold);
        } else if (b instanceof Block.Table t) {
          Row head = sheet.createRow(r++);
          for (int c = 0; c < t.header().size(); c++) {
            head.createCell(c).setCellValue(t.header().get(c));
            head.getCell(c).setCellStyle(bold);
          }
          for (List<String> cells : t.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
              String v = cells.get(c);
              if (c == 0 && v.matches("\\d{1,9}")) {
                row.createCell(c).setCellValue(Integer.parseInt(v));
              } else {
                row.createCell(c).setCellValue(v);
              }
            }
          }
        }
      }
      sheet.setColumnWidth(0, 8 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      sheet.setColumnWidth(2, 40 * 256);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook cannot be written", e);
    }
  }
}
