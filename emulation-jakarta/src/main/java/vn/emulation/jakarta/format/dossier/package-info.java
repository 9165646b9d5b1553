/**
 * The electronic dossier upward as a file (format {@code emulation-dossier/1}, ADR 0052,
 * docs/dossier-format.md): a ZIP of the submission's PDF, the nominees' files and a manifest with
 * each file's SHA-256, the manifest signed by a detached CMS signature. It writes the same bytes
 * for the same dossier and reads an archive sent, bounded, into the application's values.
 */
package vn.emulation.jakarta.format.dossier;
