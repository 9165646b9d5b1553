package vn.emulation.jakarta.format.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.Block;

/** The decision's list as XLSX holds the same rows as the core's attached list. */
class AwardeeWorkbookTest {

  @Test
  void theWorkbookHoldsEveryRowOfTheAttachedList() throws Exception {
    AdministrativeDocument d = DocumentFixtures.decisionDocument();
    byte[] xlsx = AwardeeWorkbook.write(d);

    List<List<String>> expected = new ArrayList<>();
    for (Block b : d.appendix()) {
      if (b instanceof Block.Table t) {
        expected.add(t.header());
        expected.addAll(t.rows());
      }
    }
    List<List<String>> tableRows = new ArrayList<>();
    List<String> firstColumn = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (Cell c : row) {
          cells.add(
              c.getCellType() == CellType.NUMERIC
                  ? Integer.toString((int) c.getNumericCellValue())
                  : c.getStringCellValue());
        }
        firstColumn.add(cells.get(0));
        if (cells.size() == 3) {
          tableRows.add(cells);
        }
      }
      assertThat(book.getSheetAt(0).getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    }
    assertThat(tableRows).isEqualTo(expected);
    assertThat(tableRows).anyMatch(r -> r.get(1).equals(DocumentFixtures.EVERY_LETTER));
    assertThat(firstColumn).contains("I. CÁ NHÂN (03)", "II. TẬP THỂ (01)");
  }
}
