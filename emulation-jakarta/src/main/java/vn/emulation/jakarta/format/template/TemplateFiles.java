package vn.emulation.jakarta.format.template;

import vn.emulation.jakarta.application.measurement.BlankTemplate;
import vn.emulation.jakarta.application.upload.UploadFormat;

/**
 * Writes the blank file a use case decided ({@link BlankTemplate}) in its format: the CSV template,
 * or the XLSX template with the sheet of the year's units ({@link UnitSheet}).
 */
public final class TemplateFiles {

  private TemplateFiles() {}

  /** The file's bytes. */
  public static byte[] write(BlankTemplate blank) {
    MeasurementTemplate template = new MeasurementTemplate(blank.plan());
    if (blank.format() == UploadFormat.CSV) {
      return template.csv(blank.exampleUnits(), blank.exampleIndicators(), blank.year());
    }
    return UnitSheet.append(
        template.xlsx(blank.exampleUnits(), blank.exampleIndicators(), blank.year()),
        blank.listedUnits(),
        blank.year());
  }
}
