package vn.emulation.jakarta.format.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

class UnitSheetTest {

  @Test
  void unitNamesThatLookLikeFormulasAreWrittenAsTextCells() throws IOException {
    byte[] template;
    try (var plan = getClass().getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      template = new MeasurementTemplate(new PlanJsonReader().read(plan)).xlsx(List.of(), 2024);
    }
    List<OrgUnit> units =
        List.of(
            OrgUnit.open(
                "@SUM(1)",
                "=HYPERLINK(\"http://x\")",
                UnitLevel.COMMUNE,
                "899",
                LocalDate.of(2020, 1, 1)));

    byte[] xlsx = UnitSheet.append(template, units, 2024);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row row = workbook.getSheet(UnitSheet.SHEET).getRow(1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("@SUM(1)");
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }
  }
}
