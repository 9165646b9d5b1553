/**
 * The procedure's documents as files (issue 13, ADR 0041): {@link
 * vn.emulation.jakarta.format.document.AdministrativePdf} lays out a core {@code
 * AdministrativeDocument} on A4 in the layout of Decree 30/2020/NĐ-CP with the embedded Liberation
 * Serif; {@link vn.emulation.jakarta.format.document.DocumentTemplate} is the city's data (names,
 * place, signer, emblem) read from {@code documents/*.json}; {@link
 * vn.emulation.jakarta.format.document.AwardeeWorkbook} writes the attached lists as XLSX.
 */
package vn.emulation.jakarta.format.document;
