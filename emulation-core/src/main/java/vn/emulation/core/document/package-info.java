/**
 * The documents the award procedure produces, as words (issue 13, ADR 0041): the submission (tờ
 * trình), the decision with its attached list of awardees, and the certificate, each an {@link
 * vn.emulation.core.document.AdministrativeDocument} in the parts Decree 30/2020/NĐ-CP names —
 * national name and motto, issuing body, number and symbol, place and date, type and summary, body,
 * signature block, recipients. What a document says (which nominees, grouped by form, how many, the
 * decision's articles) is decided here from the procedure's values; how it looks on a page (fonts,
 * sizes, A4 and its margins) is the adapter's.
 */
package vn.emulation.core.document;
