/**
 * The file formats: adapters that read files into typed values for the use cases and write the
 * values the use cases answer as files (ADR 0025). Each format has its package — {@code upload}
 * (CSV/XLSX measurement files), {@code template} (the blank files to fill in), {@code opendata}
 * (published progress and the dashboard's views as CSV, XLSX and JSON), {@code plan} (the plan file
 * {@code emulation-plan/1}) — and this one keeps what they share: {@link
 * vn.emulation.jakarta.format.FormulaGuard}. A format may use the application's ports and records,
 * never a use case or the web layer.
 */
package vn.emulation.jakarta.format;
