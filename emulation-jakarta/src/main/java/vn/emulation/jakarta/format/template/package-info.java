/**
 * The blank measurement files to fill in, CSV or XLSX: {@link
 * vn.emulation.jakarta.format.template.TemplateFiles} writes the {@code BlankTemplate} a use case
 * decided, with {@code MeasurementTemplate} (the data sheet and the plan's indicators) and {@code
 * UnitSheet} (the year's units).
 */
package vn.emulation.jakarta.format.template;
