package vn.emulation.core.procedure.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.law.Office;

/**
 * What an electronic dossier upward says of itself (format {@value #FORMAT}): the plan and occasion
 * it comes from, the proposing body and office, the submission (tờ trình) and the offices it is
 * proposed to, each nominee, and every file of the archive with its SHA-256. The manifest is signed
 * by the proposing body; a file not listed here is not part of the dossier. Immutable.
 *
 * @param format always {@value #FORMAT}
 * @param planCode the proposing instance's plan
 * @param occasionCode the occasion the nominees were proposed on
 * @param proposingBody the proposing body's name as printed (Ủy ban nhân dân thành phố Rạch Giá)
 * @param from the office that submitted
 * @param to the offices that may decide the forms proposed, as the law had them on the day
 * @param submissionId the proposing instance's submission
 * @param submittedOn the day of the submission
 * @param submissionFile the path of the submission's PDF in the archive
 * @param nominees the nominees proposed upward, in the submission's order
 * @param files every file of the archive but the manifest and its signature, in path order
 */
public record DossierManifest(
    String format,
    String planCode,
    String occasionCode,
    String proposingBody,
    Office from,
    List<Office> to,
    String submissionId,
    LocalDate submittedOn,
    String submissionFile,
    List<DossierNominee> nominees,
    List<DossierFile> files) {

  /** The format's name and version. */
  public static final String FORMAT = "emulation-dossier/1";

  /** The manifest's path in the archive. */
  public static final String MANIFEST = "manifest.json";

  /** The path of the manifest's detached signature. */
  public static final String SIGNATURE = "manifest.json.p7s";

  public DossierManifest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(proposingBody, "proposingBody");
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(submissionFile, "submissionFile");
    nominees = List.copyOf(nominees);
    files = List.copyOf(files);
  }

  /** The file listed at {@code path}, if any. */
  public Optional<DossierFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }
}
