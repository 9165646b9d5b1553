package vn.emulation.jakarta.format.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.emulation.core.unit.OrgUnit;

/**
 * Adds to an XLSX template the sheet {@value #SHEET} listing units as they stood in a year: code,
 * name, level and parent. Uploads read only the data sheet, so the list never gets in the way.
 */
final class UnitSheet {

  static final String SHEET = "Đơn vị";
  private static final List<String> HEADERS =
      List.of("Mã / Code", "Tên / Name", "Cấp / Level", "Đơn vị cha / Parent");
  private static final int[] WIDTHS = {14, 40, 34, 18};

  private UnitSheet() {}

  static byte[] append(byte[] xlsx, List<OrgUnit> units, int year) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFSheet sheet = workbook.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
        header.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (OrgUnit unit : units) {
        // a unit closed during the year is shown as it was on its last day
        LocalDate day = unit.lastDayOnOrBefore(LocalDate.of(year, 12, 31)).orElse(unit.openedOn());
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(unit.code());
        row.createCell(1).setCellValue(unit.nameOn(day).orElse(""));
        row.createCell(2)
            .setCellValue(unit.level().label().vi() + " / " + unit.level().label().en());
        row.createCell(3).setCellValue(unit.parentOn(day).orElse(""));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
