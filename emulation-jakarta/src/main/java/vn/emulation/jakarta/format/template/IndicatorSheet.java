package vn.emulation.jakarta.format.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.target.UnitOfMeasure;

/**
 * The sheet of a template that lists a plan's indicators: code, pillar, names in both languages,
 * unit of measure, how to report it, whom it applies to, and the threshold at each milestone
 * ({@code ≥ 60}).
 */
final class IndicatorSheet {

  private static final List<String> HEADERS =
      List.of(
          "Mã / Code",
          "Trụ cột / Pillar",
          "Tên chỉ tiêu",
          "Indicator",
          "Đơn vị tính / Unit",
          "Cách nhập / How to report",
          "Phạm vi / Scope");
  private static final int[] WIDTHS = {10, 30, 70, 70, 22, 44, 30};
  private static final int MILESTONE_WIDTH = 14;

  private final Plan plan;

  IndicatorSheet(Plan plan) {
    this.plan = plan;
  }

  void write(Sheet sheet, CellStyle bold) {
    List<String> headers = new ArrayList<>(HEADERS);
    plan.milestones().forEach(m -> headers.add("Mốc " + m.year()));
    Row header = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      header.createCell(c).setCellValue(headers.get(c));
      header.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, (c < WIDTHS.length ? WIDTHS[c] : MILESTONE_WIDTH) * 256);
    }
    sheet.createFreezePane(1, 1);
    int r = 1;
    for (Indicator indicator : plan.indicators()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  indicator.code(),
                  indicator.pillar().label().vi() + " / " + indicator.pillar().label().en(),
                  indicator.name().vi(),
                  indicator.name().en(),
                  unit(indicator.unit()),
                  howToReport(indicator),
                  scope(indicator)));
      for (Milestone milestone : plan.milestones()) {
        cells.add(
            plan.target(indicator.code(), milestone.year()).map(Target::requirement).orElse(""));
      }
      Row row = sheet.createRow(r++);
      for (int c = 0; c < cells.size(); c++) {
        row.createCell(c).setCellValue(cells.get(c));
      }
    }
  }

  private static String unit(UnitOfMeasure unit) {
    switch (unit) {
      case PERCENT:
        return "% (phần trăm / percent)";
      case COUNT:
        return "số lượng / count";
      default:
        return "đồng / VND";
    }
  }

  private static String howToReport(Indicator indicator) {
    if (FigureRule.countsRequired(indicator)) {
      return "tử số + mẫu số / numerator + denominator";
    }
    return "giá trị, hoặc tử số + mẫu số / value, or numerator + denominator";
  }

  private String scope(Indicator indicator) {
    TargetScope scope =
        plan.targets().stream()
            .filter(t -> t.indicatorCode().equals(indicator.code()))
            .map(Target::scope)
            .findFirst()
            .orElse(TargetScope.EVERYWHERE);
    List<String> parts = new ArrayList<>();
    if (!scope.levels().isEmpty()) {
      parts.add(
          scope.levels().stream()
              .sorted()
              .map(l -> l.label().vi() + " / " + l.label().en())
              .collect(Collectors.joining("; ")));
    }
    if (scope.eachBreakdown()) {
      parts.add("từng phân tổ / each breakdown");
    }
    return parts.isEmpty() ? "tất cả / all" : String.join("; ", parts);
  }
}
