package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.received.ArchivedFile;
import vn.emulation.core.procedure.received.DossierManifest;

/**
 * An electronic dossier as the edge read it from the archive sent: the manifest (absent when it
 * does not follow the format, with the problems), what the signature check found, every file with
 * the SHA-256 computed over its bytes, and the bytes. Nothing is checked against the law yet.
 *
 * @param manifest the manifest read, or {@code null} when {@code problems} say why not
 * @param problems what does not follow the format: the archive's, the manifest's schema
 * @param signatureProblem why the manifest's signature is not good, or {@code null}
 * @param manifestSha256 the SHA-256 of the manifest's bytes
 * @param files every other file, as found
 * @param bytes the bytes of each, by path
 */
public record IncomingDossier(
    DossierManifest manifest,
    List<Problem> problems,
    LocalizedText signatureProblem,
    String manifestSha256,
    List<ArchivedFile> files,
    Map<String, byte[]> bytes) {

  public IncomingDossier {
    problems = List.copyOf(problems);
    files = List.copyOf(files);
    bytes = Map.copyOf(bytes);
  }
}
