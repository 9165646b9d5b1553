package vn.emulation.jakarta.format.opendata;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A column of the published files: its stable machine name (the CSV's header, the JSON's key, the
 * first row of an XLSX sheet: the open-data contract, never translated) and what it holds, in
 * Vietnamese and English, for the XLSX file's explanation sheet.
 */
public enum OpenDataColumn {
  PLAN_CODE("plan_code", "opendata.column.planCode"),
  PARENT_UNIT_CODE("parent_unit_code", "opendata.column.parentUnitCode"),
  SECTION("section", "opendata.column.section"),
  UNIT_CODE("unit_code", "opendata.column.unitCode"),
  UNIT_NAME("unit_name", "opendata.column.unitName"),
  UNIT_LEVEL("unit_level", "opendata.column.unitLevel"),
  INDICATOR_CODE("indicator_code", "opendata.column.indicatorCode"),
  MILESTONE_YEAR("milestone_year", "opendata.column.milestoneYear"),
  FIGURES_YEAR("figures_year", "opendata.column.figuresYear"),
  THROUGH_YEAR("through_year", "opendata.column.throughYear"),
  AS_OF("as_of", "opendata.column.asOf"),
  RANK("rank", "opendata.column.rank"),
  TARGETS("targets", "opendata.column.targets"),
  MET("met", "opendata.column.met"),
  NOT_MET("not_met", "opendata.column.notMet"),
  INCOMPLETE("incomplete", "opendata.column.incomplete"),
  NO_DATA("no_data", "opendata.column.noData"),
  COMPARATOR("comparator", "opendata.column.comparator"),
  THRESHOLD("threshold", "opendata.column.threshold"),
  VALUE("value", "opendata.column.value"),
  GAP("gap", "opendata.column.gap"),
  STATUS("status", "opendata.column.status"),
  METHOD("method", "opendata.column.method"),
  POINTS("points", "opendata.column.points"),
  PROJECTED("projected", "opendata.column.projected"),
  LOW("low", "opendata.column.low"),
  HIGH("high", "opendata.column.high"),
  OUTLOOK("outlook", "opendata.column.outlook"),
  REASON_VI("reason_vi", "opendata.column.reasonVi"),
  REASON_EN("reason_en", "opendata.column.reasonEn"),
  COVERAGE_REPORTED("coverage_reported", "opendata.column.coverageReported"),
  COVERAGE_EXPECTED("coverage_expected", "opendata.column.coverageExpected"),
  COVERAGE_MISSING("coverage_missing", "opendata.column.coverageMissing");

  private final String header;
  private final String key;

  OpenDataColumn(String header, String key) {
    this.header = header;
    this.key = key;
  }

  /** The machine name: {@code unit_code}. */
  public String header() {
    return header;
  }

  /** What the column holds, in both languages. */
  public LocalizedText meaning() {
    return AdapterMessages.text(key);
  }
}
