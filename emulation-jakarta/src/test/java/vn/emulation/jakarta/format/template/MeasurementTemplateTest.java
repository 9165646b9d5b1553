package vn.emulation.jakarta.format.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.Uploads;

class MeasurementTemplateTest {

  private final MeasurementTemplate template = new MeasurementTemplate(PLAN);
  private final MeasurementFile reader = new MeasurementFile();

  @Test
  void csvTemplateHasTheHeaderAndAnExampleRowPerIndicatorForTheFirstUnit() {
    String text =
        new String(template.csv(List.of("AN_HOA", "RACH_GIA"), 2024), StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
    String[] lines = text.substring(1).split("\r\n");
    assertThat(lines).hasSize(1 + PLAN.indicators().size());
    assertThat(lines[1]).isEqualTo("G1,AN_HOA,2024,,,,");
    assertThat(lines[lines.length - 1]).isEqualTo("S9,AN_HOA,2024,,,,");
  }

  @Test
  void csvTemplateWithoutUnitsIsTheHeaderAlone() {
    assertThat(new String(template.csv(List.of(), 2023), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF" + HEADER + "\r\n");
  }

  @Test
  void csvTemplateFilledInIsAValidUpload() {
    String filled =
        new String(template.csv(List.of("AN_HOA"), 2023), StandardCharsets.UTF_8)
            .replace(",,,,\r\n", ",,45,50,\r\n");

    ParsedUpload upload =
        reader.parse(filled.getBytes(StandardCharsets.UTF_8), "mau.csv", PLAN, UNITS);

    assertThat(upload.measurements())
        .hasSize(PLAN.indicators().size())
        .allSatisfy(m -> assertThat(m.quantity()).isEqualTo(new Quantity.Ratio(45, 50)));
  }

  @Test
  void xlsxTemplateHasABoldHeaderAndListsEveryIndicatorInBothLanguages() throws IOException {
    try (XSSFWorkbook workbook = open(template.xlsx(List.of("AN_HOA"), 2023))) {
      Sheet data = workbook.getSheetAt(0);
      assertThat(data.getSheetName()).isEqualTo("Số liệu");
      assertThat(cells(data.getRow(0))).isEqualTo(List.of(HEADER.split(",")));
      assertThat(
              workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(cells(data.getRow(1))).containsExactly("G1", "AN_HOA", "2023");

      Sheet indicators = workbook.getSheet("Chỉ tiêu");
      assertThat(workbook.getSheetIndex(indicators)).isEqualTo(1);
      assertThat(cells(indicators.getRow(0)))
          .startsWith(
              "Mã / Code", "Trụ cột / Pillar", "Tên chỉ tiêu", "Indicator", "Đơn vị tính / Unit")
          .endsWith("Mốc 2023", "Mốc 2025");
      for (int i = 0; i < PLAN.indicators().size(); i++) {
        Indicator indicator = PLAN.indicators().get(i);
        List<String> row = cells(indicators.getRow(i + 1));
        assertThat(row.subList(0, 4))
            .containsExactly(
                indicator.code(),
                indicator.pillar().label().vi() + " / " + indicator.pillar().label().en(),
                indicator.name().vi(),
                indicator.name().en());
      }
      List<String> g2 = cells(indicators.getRow(2));
      assertThat(g2.get(2)).startsWith("Tỷ lệ hồ sơ thủ tục hành chính được xử lý");
      assertThat(g2.subList(g2.size() - 2, g2.size())).containsExactly("≥ 60", "≥ 80");
      assertThat(g2.get(4)).isEqualTo("% (phần trăm / percent)");
      List<String> g8 = cells(indicators.getRow(8));
      assertThat(g8.get(6)).isEqualTo("cấp xã (phường, xã) / ward or commune level");
    }
  }

  @Test
  void xlsxTemplateFilledInIsAValidUpload() throws IOException {
    List<Measurement> expected = new ArrayList<>();
    byte[] filled;
    try (XSSFWorkbook workbook = open(template.xlsx(List.of("VINH_QUANG", "AN_HOA"), 2025))) {
      Sheet data = workbook.getSheet("Số liệu");
      for (int r = 1; r <= data.getLastRowNum(); r++) {
        Row row = data.getRow(r);
        Indicator indicator = PLAN.indicator(row.getCell(0).getStringCellValue()).orElseThrow();
        if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
          row.createCell(4).setCellValue(r);
          row.createCell(5).setCellValue(100);
          expected.add(Measurement.ratio(indicator.code(), "VINH_QUANG", 2025, r, 100));
        } else {
          row.createCell(6).setCellValue(r + 0.5);
          expected.add(
              Measurement.amount(indicator.code(), "VINH_QUANG", 2025, new BigDecimal(r + ".5")));
        }
      }
      filled = Uploads.bytes(workbook);
    }

    assertThat(reader.parse(filled, "mau.xlsx", PLAN, UNITS).measurements()).isEqualTo(expected);
  }

  private static final String LINK = "=HYPERLINK(\"http://x\")";
  private static final String SUM = "@SUM(1)";

  @Test
  void csvTemplateGuardsUnitCodesThatCouldRunAsFormulasAndReadsBackAsWritten() {
    String text = new String(template.csv(List.of(LINK), 2024), StandardCharsets.UTF_8);
    String[] lines = text.substring(1).split("\r\n");

    assertThat(lines[1]).isEqualTo("G1,\"'=HYPERLINK(\"\"http://x\"\")\",2024,,,,");
    assertThat(
            new String(template.csv(List.of(SUM), 2024), StandardCharsets.UTF_8).split("\r\n")[1])
        .isEqualTo("G1,'@SUM(1),2024,,,,");

    String filled = text.replace(",,,,\r\n", ",,45,50,\r\n");
    ParsedUpload upload =
        reader.parse(
            filled.getBytes(StandardCharsets.UTF_8), "mau.csv", PLAN, java.util.Set.of(LINK));
    assertThat(upload.measurements())
        .hasSize(PLAN.indicators().size())
        .allSatisfy(m -> assertThat(m.unitCode()).isEqualTo(LINK));
  }

  @Test
  void xlsxTemplateWritesFormulaLikeCodesAsTextCellsNeverAsFormulas() throws IOException {
    try (XSSFWorkbook workbook = open(template.xlsx(List.of(LINK), 2024))) {
      Sheet data = workbook.getSheet("Số liệu");
      for (int r = 1; r <= data.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Cell unit = data.getRow(r).getCell(1);
        assertThat(unit.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(unit.getStringCellValue()).isEqualTo(LINK);
      }
      workbook.forEach(
          sheet ->
              sheet.forEach(
                  row ->
                      row.forEach(
                          cell ->
                              assertThat(cell.getCellType())
                                  .as(sheet.getSheetName() + "!" + cell.getAddress())
                                  .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA))));
    }
  }

  @Test
  void aWardsTemplatesLeaveOutWhatOnlyTheCityReports() throws IOException {
    String ward =
        new String(
            template.csv(
                List.of("AN_HOA"), ReportingRule.of(PLAN).reportableAt(UnitLevel.COMMUNE), 2024),
            StandardCharsets.UTF_8);
    String city =
        new String(
            template.csv(
                List.of("RACH_GIA"), ReportingRule.of(PLAN).reportableAt(UnitLevel.DISTRICT), 2024),
            StandardCharsets.UTF_8);
    List<String> xlsxCodes = new ArrayList<>();
    try (XSSFWorkbook workbook =
        open(
            template.xlsx(
                List.of("AN_HOA"), ReportingRule.of(PLAN).reportableAt(UnitLevel.COMMUNE), 2024))) {
      Sheet data = workbook.getSheet("Số liệu");
      for (int r = 1; r <= data.getLastRowNum(); r++) {
        xlsxCodes.add(data.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(workbook.getSheet("Chỉ tiêu").getLastRowNum())
          .as("the indicator sheet still lists the whole plan")
          .isEqualTo(PLAN.indicators().size());
    }

    List<String> wardCodes = codes(ward);
    assertThat(wardCodes)
        .contains("G1", "G8", "S9")
        .doesNotContain("G4", "G7", "E1", "E2", "E3", "E6");
    assertThat(xlsxCodes).isEqualTo(wardCodes);
    assertThat(codes(city)).hasSize(PLAN.indicators().size()).contains("G7", "E1", "G8");
  }

  private static List<String> codes(String csv) {
    return Arrays.stream(csv.substring(1).split("\r\n"))
        .skip(1)
        .map(line -> line.substring(0, line.indexOf(',')))
        .toList();
  }

  @Test
  void refusesAnExampleYearOutsideThePlan() {
    assertThatThrownBy(() -> template.xlsx(List.of("AN_HOA"), 2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026");
  }

  private static XSSFWorkbook open(byte[] content) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(content));
  }

  private static List<String> cells(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> cells = new ArrayList<>();
    row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
    return cells;
  }
}
