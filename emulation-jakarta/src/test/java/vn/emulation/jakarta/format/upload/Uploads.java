package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.testing.InMemoryCity;

/** The Rạch Giá plan, some units, and files to upload, built in the tests. */
public final class Uploads {

  public static final Plan PLAN = readPlan();
  public static final Set<String> UNITS = Set.of("RACH_GIA", "VINH_QUANG", "AN_HOA");
  public static final String HEADER = "indicator,unit,year,breakdown,numerator,denominator,value";

  private Uploads() {}

  private static Plan readPlan() {
    return InMemoryCity.plan();
  }

  /** CSV content: the lines joined with LF, UTF-8, no byte-order mark. */
  public static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** An XLSX with one sheet per name, rows of strings, numbers or {@code null} (no cell). */
  public static byte[] xlsx(List<String> sheetNames, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (String name : sheetNames) {
        Sheet sheet = workbook.createSheet(name);
        if (name.equals(sheetNames.get(sheetNames.size() - 1))) {
          fill(sheet, rows);
        } else {
          sheet.createRow(0).createCell(0).setCellValue("Hướng dẫn: điền trang Số liệu");
        }
      }
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An XLSX with the rows on its only sheet, {@code Số liệu}. */
  public static byte[] xlsx(List<List<Object>> rows) {
    return xlsx(List.of("Số liệu"), rows);
  }

  public static void fill(Sheet sheet, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<Object> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Object cell = cells.get(c);
        if (cell instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (cell != null) {
          row.createCell(c).setCellValue(cell.toString());
        }
      }
    }
  }

  public static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  /** The header row as XLSX cells. */
  public static List<Object> header() {
    return List.of((Object[]) HEADER.split(","));
  }

  /** The problems {@code call} is rejected with; fails when it is not. */
  public static List<Problem> problemsOf(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems();
  }

  /** The one problem {@code call} is rejected with. */
  public static Problem problemOf(ThrowingCallable call) {
    List<Problem> problems = problemsOf(call);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
