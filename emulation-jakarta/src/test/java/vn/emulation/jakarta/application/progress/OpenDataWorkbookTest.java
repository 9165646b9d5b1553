package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.END_2023;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Forecast;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.jakarta.application.workspace.TargetForecasts;
import vn.emulation.jakarta.format.FormulaGuard;
import vn.emulation.jakarta.format.opendata.OpenDataColumn;
import vn.emulation.jakarta.format.opendata.OpenDataTable;
import vn.emulation.jakarta.format.opendata.OpenDataTables;
import vn.emulation.jakarta.format.opendata.OpenDataWorkbook;
import vn.emulation.jakarta.format.opendata.OpenDataWriter;
import vn.emulation.jakarta.format.opendata.Provenance;

/**
 * The published views as XLSX (and their CSV), read back with POI as a spreadsheet reads them: the
 * same rows as the CSV under the same machine names, numbers as numeric cells with the API's
 * decimals, Vietnamese names intact, the explanation sheet, and the same bytes for the same
 * question.
 */
class OpenDataWorkbookTest {

  private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

  private final ProgressReport city =
      SampleCity.service(SampleCity.figures2023()).progress(2023, CITY, 2023, END_2023);

  private final Provenance about =
      new Provenance(
          city.planCode(),
          3,
          city.unitCode(),
          city.unitName(),
          2023,
          "2023",
          END_2023,
          "https://emulation.example/emulation/api/open-data/rach-gia-2022-2025/progress.xlsx");

  @Test
  void theProgressWorkbookHoldsTheRowsOfTheCsvUnderTheSameColumnNames() throws IOException {
    OpenDataTable table = OpenDataTables.progress(city.withChildren());

    List<List<String>> csv = csv(table);
    List<List<String>> xlsx = shown(data(OpenDataWorkbook.write(table, about)));

    assertThat(csv.get(0)).containsExactlyElementsOf(OpenDataWriter.COLUMNS);
    // 27 city targets and 21 for each of 3 wards, under the header
    assertThat(xlsx).hasSize(1 + 27 + 3 * 21).containsExactlyElementsOf(asRead(csv));
  }

  @Test
  void numbersAreNumericCellsWithTheApisDecimalsAndNamesKeepTheirDiacritics() throws IOException {
    Sheet sheet = data(OpenDataWorkbook.write(OpenDataTables.progress(city.withChildren()), about));
    Row g2 = sheet.getRow(1 + indexOf(city, "G2"));
    TargetProgress row = city.row("G2").orElseThrow();

    assertThat(cell(g2, OpenDataColumn.UNIT_NAME).getStringCellValue())
        .isEqualTo("Thành phố Rạch Giá");
    Cell value = cell(g2, OpenDataColumn.VALUE);
    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(BigDecimal.valueOf(value.getNumericCellValue())).isEqualByComparingTo(row.value());
    assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00");
    assertThat(cell(g2, OpenDataColumn.GAP).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell(g2, OpenDataColumn.THRESHOLD).getNumericCellValue()).isEqualTo(60.0);
    assertThat(cell(g2, OpenDataColumn.MILESTONE_YEAR).getNumericCellValue()).isEqualTo(2023.0);
    assertThat(cell(g2, OpenDataColumn.COVERAGE_EXPECTED).getCellType())
        .isEqualTo(CellType.NUMERIC);
    Cell asOf = cell(g2, OpenDataColumn.AS_OF);
    assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(END_2023);
    // no data is an empty cell, as in the CSV
    ProgressReport silent = city.children().get(2);
    int at = 1 + city.rows().size();
    for (ProgressReport c : city.children().subList(0, 2)) {
      at += c.rows().size();
    }
    Row noData = sheet.getRow(at + indexOf(silent, "G2"));
    assertThat(cell(noData, OpenDataColumn.STATUS).getStringCellValue()).isEqualTo("NO_DATA");
    assertThat(noData.getCell(OpenDataTables.PROGRESS.indexOf(OpenDataColumn.VALUE))).isNull();
  }

  @Test
  void aNameThatLooksLikeAFormulaIsTextAndAMoreExactValueKeepsItsDecimals() throws IOException {
    TargetProgress g2 = city.row("G2").orElseThrow();
    TargetProgress exact =
        new TargetProgress(
            g2.indicatorCode(),
            g2.pillar(),
            g2.name(),
            g2.milestoneYear(),
            g2.comparator(),
            g2.threshold(),
            AttainmentStatus.NOT_MET,
            new BigDecimal("59.999999"),
            new BigDecimal("-0.000001"),
            g2.coverage(),
            g2.figure(),
            null,
            List.of());
    ProgressReport odd =
        new ProgressReport(
            city.planCode(),
            2023,
            2023,
            END_2023,
            "@SUM(1)",
            "=HYPERLINK(\"http://x\")",
            city.level(),
            List.of(exact),
            List::of);
    OpenDataTable table = OpenDataTables.progress(List.of(odd));

    Row row = data(OpenDataWorkbook.write(table, about)).getRow(1);

    Cell name = cell(row, OpenDataColumn.UNIT_NAME);
    assertThat(name.getCellType()).isEqualTo(CellType.STRING);
    assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    Cell value = cell(row, OpenDataColumn.VALUE);
    assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.000000");
    assertThat(SHOWN.formatCellValue(value)).isEqualTo("59.999999");
    assertThat(SHOWN.formatCellValue(cell(row, OpenDataColumn.GAP))).isEqualTo("-0.000001");
    // the CSV guards the text and writes the numbers as they are; the workbook reads as it
    assertThat(shown(data(OpenDataWorkbook.write(table, about))).get(1))
        .containsExactlyElementsOf(asRead(csv(table)).get(1));
    assertThat(csv(table).get(1))
        .contains("'@SUM(1)", "'=HYPERLINK(\"http://x\")", "59.999999", "-0.000001");
  }

  @Test
  void theSameTableGivesTheSameBytesDatedByTheDayItsFiguresDescribe() throws IOException {
    OpenDataTable table = OpenDataTables.progress(city.withChildren());
    OpenDataTable again =
        OpenDataTables.progress(
            SampleCity.service(SampleCity.figures2023())
                .progress(2023, CITY, 2023, END_2023)
                .withChildren());

    byte[] once = OpenDataWorkbook.write(table, about);
    byte[] twice = OpenDataWorkbook.write(again, about);

    assertThat(twice).isEqualTo(once);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(once))) {
      assertThat(workbook.getProperties().getCoreProperties().getCreated())
          .isEqualTo(Date.from(END_2023.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    List<LocalDateTime> entryTimes = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(once))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entryTimes.add(e.getTimeLocal());
      }
    }
    assertThat(entryTimes).isNotEmpty().containsOnly(END_2023.atStartOfDay());
    // another day's figures are another file
    Provenance later =
        new Provenance(
            about.planCode(),
            about.version(),
            about.unitCode(),
            about.unitName(),
            about.milestone(),
            about.figures(),
            END_2023.plusDays(1),
            about.source());
    assertThat(OpenDataWorkbook.write(table, later)).isNotEqualTo(once);
  }

  @Test
  void theAboutSheetNamesThePlanVersionDayAndSourceAndExplainsEveryColumn() throws IOException {
    byte[] xlsx = OpenDataWorkbook.write(OpenDataTables.progress(city.withChildren()), about);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Tiến độ (Progress)");
      assertThat(workbook.getSheetName(1)).isEqualTo("Giải thích (About)");
      List<List<String>> lines = shown(workbook.getSheetAt(1));
      assertThat(lines.get(0).get(0)).startsWith("Dữ liệu mở: tiến độ").contains(" / Open data");
      assertThat(lines)
          .contains(
              List.of("Kế hoạch / Plan", "rach-gia-2022-2025"),
              List.of("Phiên bản kế hoạch / Plan version", "3"),
              List.of("Đơn vị / Unit", "899 — Thành phố Rạch Giá"),
              List.of("Đơn vị hành chính tại ngày / Units as they stood on", "2023-12-31"),
              List.of("Nguồn / Source", about.source()));
      for (OpenDataColumn c : OpenDataTables.PROGRESS) {
        assertThat(lines).contains(List.of(c.header(), c.meaning().vi(), c.meaning().en()));
      }
      assertThat(OpenDataColumn.VALUE.meaning().vi()).contains("chưa có số liệu");
    }
  }

  @Test
  void theRankingHoldsEveryUnitUnderTheUnitBestFirstWithItsCounts() throws IOException {
    OpenDataTable table = OpenDataTables.ranking(city);

    List<List<String>> csv = csv(table);
    List<List<String>> xlsx = shown(data(OpenDataWorkbook.write(table, about)));

    assertThat(xlsx).containsExactlyElementsOf(asRead(csv));
    assertThat(csv.get(0))
        .containsExactly(
            "plan_code",
            "parent_unit_code",
            "milestone_year",
            "figures_year",
            "as_of",
            "rank",
            "unit_code",
            "unit_name",
            "unit_level",
            "targets",
            "met",
            "not_met",
            "incomplete",
            "no_data",
            "coverage_reported",
            "coverage_expected");
    List<UnitRank> ranking = city.ranking();
    java.util.Map<String, String> levels = new java.util.HashMap<>();
    city.children().forEach(c -> levels.put(c.unitCode(), c.level().name()));
    assertThat(csv).hasSize(1 + ranking.size());
    for (int i = 0; i < ranking.size(); i++) {
      UnitRank r = ranking.get(i);
      assertThat(csv.get(i + 1))
          .containsExactly(
              "rach-gia-2022-2025",
              CITY,
              "2023",
              "2023",
              "2023-12-31",
              String.valueOf(r.rank()),
              r.unitCode(),
              r.unitName(),
              levels.get(r.unitCode()),
              String.valueOf(r.summary().targets()),
              String.valueOf(r.summary().met()),
              String.valueOf(r.summary().notMet()),
              String.valueOf(r.summary().incomplete()),
              String.valueOf(r.summary().noData()),
              String.valueOf(r.summary().coverage().reported()),
              String.valueOf(r.summary().coverage().expected()));
    }
  }

  @Test
  void theForecastListsTheUnitsTargetsThenTheUnitsAtRiskAndAnUnboundedIntervalIsEmpty()
      throws IOException {
    TargetProgress g2 = city.row("G2").orElseThrow();
    Forecast two =
        Forecast.of(
            List.of(
                new Forecast.Point(2022, new BigDecimal("70.00")),
                new Forecast.Point(2023, new BigDecimal("83.64"))),
            2025,
            g2.comparator(),
            g2.threshold(),
            UnitOfMeasure.PERCENT);
    Forecast falling =
        Forecast.of(
            List.of(
                new Forecast.Point(2022, new BigDecimal("70.00")),
                new Forecast.Point(2023, new BigDecimal("40.00"))),
            2025,
            g2.comparator(),
            g2.threshold(),
            UnitOfMeasure.PERCENT);
    TargetForecasts.Outlook outlook =
        new TargetForecasts.Outlook(
            city,
            2023,
            List.of(new TargetForecasts.TargetForecast(CITY, city.unitName(), g2, two)),
            List.of(new TargetForecasts.TargetForecast("30733", "Phường Một", g2, falling)));
    OpenDataTable table = OpenDataTables.forecast(outlook);

    List<List<String>> csv = csv(table);
    Sheet sheet = data(OpenDataWorkbook.write(table, about));

    assertThat(shown(sheet)).containsExactlyElementsOf(asRead(csv));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1).subList(0, 9))
        .containsExactly(
            "rach-gia-2022-2025",
            "2023",
            "2023",
            "targets",
            CITY,
            "Thành phố Rạch Giá",
            "G2",
            "≥",
            "60");
    assertThat(csv.get(2).subList(3, 6)).containsExactly("at_risk", "30733", "Phường Một");
    assertThat(csv.get(2).get(forecastColumn("outlook"))).isEqualTo(falling.outlook().name());
    assertThat(csv.get(2).get(forecastColumn("reason_vi"))).isEqualTo(falling.reason().vi());
    assertThat(csv.get(2).get(forecastColumn("reason_en"))).isEqualTo(falling.reason().en());
    assertThat(
            BigDecimal.valueOf(
                cell(sheet.getRow(1), OpenDataColumn.PROJECTED, table).getNumericCellValue()))
        .isEqualByComparingTo(two.projected());
    // two points: the interval is every possible value, so a share has no upper bound but 100
    assertThat(csv.get(1).get(forecastColumn("high")))
        .isEqualTo(two.high() == null ? "" : two.high().toPlainString());
  }

  private static int forecastColumn(String header) {
    return OpenDataTables.FORECAST.stream().map(OpenDataColumn::header).toList().indexOf(header);
  }

  private static int indexOf(ProgressReport report, String indicator) {
    return report.rows().stream().map(TargetProgress::indicatorCode).toList().indexOf(indicator);
  }

  private static Cell cell(Row row, OpenDataColumn column) {
    return row.getCell(OpenDataTables.PROGRESS.indexOf(column));
  }

  private static Cell cell(Row row, OpenDataColumn column, OpenDataTable table) {
    return row.getCell(table.columns().indexOf(column));
  }

  /** The CSV of the table as its cells, exactly as written. */
  private static List<List<String>> csv(OpenDataTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new OpenDataWriter().writeCsv(table, out);
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      rows.add(r.stream().toList());
    }
    return rows;
  }

  private static Sheet data(byte[] xlsx) throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    return workbook.getSheetAt(0);
  }

  /**
   * Each row's cells as a spreadsheet shows them, an empty cell as "" (the data sheet's rows as
   * wide as its header).
   */
  private static List<List<String>> shown(Sheet sheet) {
    boolean data = sheet.getWorkbook().getSheetIndex(sheet) == 0;
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      int width = row == null ? 0 : data ? sheet.getRow(0).getLastCellNum() : row.getLastCellNum();
      for (int c = 0; c < width; c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : SHOWN.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The CSV's cells as a reader takes them: the formula guard off, as the upload reader does. */
  private static List<List<String>> asRead(List<List<String>> csv) {
    return csv.stream().map(r -> r.stream().map(FormulaGuard::unguarded).toList()).toList();
  }
}
