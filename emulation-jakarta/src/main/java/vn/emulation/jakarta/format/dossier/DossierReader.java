package vn.emulation.jakarta.format.dossier;

import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.received.ArchivedFile;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.jakarta.application.procedure.IncomingDossier;
import vn.emulation.jakarta.format.signature.DetachedSignature;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads an electronic dossier sent: the archive (bounded), the manifest against its schema, the
 * manifest's detached signature against the trust anchors, and the SHA-256 of every other file.
 * Whether the files match the manifest, and whether the receiving office may take the proposals, is
 * the core's to say ({@code DossierReceipt}); this reader only reports what it found.
 */
public final class DossierReader {

  private DossierReader() {}

  /**
   * The dossier in {@code in}.
   *
   * @throws DossierTooLargeException beyond {@code maxBytes} unpacked
   */
  public static IncomingDossier read(
      InputStream in, long maxBytes, Collection<X509Certificate> anchors) {
    DossierArchive.Read archive = DossierArchive.read(in, maxBytes);
    List<Problem> problems = new ArrayList<>(archive.problems());
    Map<String, byte[]> entries = new LinkedHashMap<>(archive.entries());
    byte[] json = entries.remove(DossierManifest.MANIFEST);
    byte[] signature = entries.remove(DossierManifest.SIGNATURE);
    DossierManifest manifest = null;
    LocalizedText signatureProblem = null;
    String manifestSha = null;
    if (json == null) {
      if (archive.problems().isEmpty()) {
        problems.add(
            new Problem(
                "archive", AdapterMessages.text("dossier.noManifest", DossierManifest.MANIFEST)));
      }
    } else {
      manifestSha = DossierWriter.sha256(json);
      signatureProblem =
          signature == null
              ? AdapterMessages.text("dossier.noManifest", DossierManifest.SIGNATURE)
              : DetachedSignature.problem(json, signature, anchors).orElse(null);
      try {
        manifest = ManifestJson.read(json);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      manifest = null;
    }
    List<ArchivedFile> files = new ArrayList<>();
    entries.forEach(
        (path, bytes) ->
            files.add(new ArchivedFile(path, bytes.length, DossierWriter.sha256(bytes))));
    return new IncomingDossier(
        manifest,
        problems,
        signatureProblem,
        manifestSha == null ? "" : manifestSha,
        files,
        entries);
  }
}
