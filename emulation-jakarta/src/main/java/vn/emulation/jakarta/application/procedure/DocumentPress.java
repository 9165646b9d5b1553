package vn.emulation.jakarta.application.procedure;

import java.time.ZonedDateTime;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.DeciderSetting;
import vn.emulation.core.document.SubmitterSetting;

/**
 * The port that makes files of the core's documents (ADR 0041, 0042): the city's template, the PDF
 * in the decree's layout, the same signed with the configured key where the decree places the
 * signature, and the attached list as a workbook. The adapter's file formats answer it.
 */
public interface DocumentPress {

  /** The office that decides, as the city's template has it. */
  DeciderSetting decider();

  /** The body that submits, as the city's template has it. */
  SubmitterSetting submitter();

  /** The document as PDF, dated {@code at} in its metadata: the same bytes for the same input. */
  byte[] pdf(AdministrativeDocument document, ZonedDateTime at);

  /** The document as PDF signed (PAdES) at {@code at}, with {@code reason}. */
  byte[] signed(AdministrativeDocument document, String reason, ZonedDateTime at);

  /** The document's attached list as XLSX. */
  byte[] workbook(AdministrativeDocument document);
}
