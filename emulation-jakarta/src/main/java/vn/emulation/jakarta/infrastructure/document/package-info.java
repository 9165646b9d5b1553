/**
 * The procedure's documents as files (ADR 0051): the application's {@code DocumentPress} answered
 * by the document template, the PDF layout, the PAdES signer and the workbook of the file formats.
 */
package vn.emulation.jakarta.infrastructure.document;
