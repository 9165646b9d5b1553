package vn.emulation.jakarta.format.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Proposal;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.jakarta.application.procedure.DossierExport;
import vn.emulation.jakarta.format.signature.DetachedSignature;
import vn.emulation.jakarta.format.signature.SigningKey;

/**
 * Writes an electronic dossier upward ({@value DossierManifest#FORMAT}): the submission rendered as
 * PDF, each nominee's files under {@code nominees/<nomination>/<item>/<n>-<name>}, the manifest
 * listing every file with its SHA-256, and the manifest's detached CMS signature. Everything is
 * dated by the submission, never by the clock, so the same submission gives the same bytes.
 */
public final class DossierWriter {

  /** The submission's path in the archive. */
  public static final String SUBMISSION = "submission/to-trinh.pdf";

  private DossierWriter() {}

  /** The ZIP of {@code export}, its manifest signed by {@code key}. */
  public static byte[] write(DossierExport export, SigningKey key) {
    Submission s = export.submission().submission();
    // the tờ trình as issued and kept (ADR 0051): signed once, so the same bytes every time
    byte[] pdf = export.submissionDocument().content();
    SortedMap<String, byte[]> files = new TreeMap<>();
    SortedMap<String, String> types = new TreeMap<>();
    files.put(SUBMISSION, pdf);
    types.put(SUBMISSION, FileReference.PDF);
    List<DossierNominee> nominees = new ArrayList<>();
    for (DossierExport.ExportedNominee n : export.nominees()) {
      List<String> paths = new ArrayList<>();
      int i = 1;
      for (DossierExport.ExportedFile f : n.files()) {
        String path =
            "nominees/"
                + segment(n.nominee().nominationId())
                + "/"
                + segment(f.itemCode())
                + "/"
                + i++
                + "-"
                + segment(f.reference().name());
        files.put(path, f.bytes());
        types.put(path, f.reference().mediaType());
        paths.add(path);
      }
      DossierNominee d = n.nominee();
      nominees.add(
          new DossierNominee(
              d.nominationId(),
              d.participantId(),
              d.name(),
              d.kind(),
              d.unitCode(),
              d.unitName(),
              d.form(),
              d.year(),
              d.verdict(),
              d.verdictRun(),
              d.appraisal(),
              paths));
    }
    Set<Office> to = new LinkedHashSet<>();
    s.proposals().stream().map(Proposal::to).forEach(to::addAll);
    List<DossierFile> listed = new ArrayList<>();
    files.forEach(
        (path, bytes) ->
            listed.add(new DossierFile(path, types.get(path), bytes.length, sha256(bytes))));
    DossierManifest manifest =
        new DossierManifest(
            DossierManifest.FORMAT,
            export.submission().planCode(),
            export.submission().occasionCode(),
            export.proposingBody(),
            s.office(),
            List.copyOf(to),
            s.id(),
            s.submittedOn(),
            SUBMISSION,
            nominees,
            listed);
    byte[] json = ManifestJson.write(manifest);
    return DossierArchive.write(json, DetachedSignature.sign(json, key), files);
  }

  /** A name as one path segment: NFC, no slash, no control character, never "." or "..". */
  static String segment(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder();
    nfc.codePoints()
        .forEach(
            c ->
                b.append(
                    c == '/' || c == '\\' || c < 0x20 || c == 0x7f ? "_" : Character.toString(c)));
    String out = b.toString().strip();
    return out.isEmpty() || out.equals(".") || out.equals("..") ? "_" + out : out;
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Bytes(bytes));
  }

  private static byte[] sha256Bytes(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
