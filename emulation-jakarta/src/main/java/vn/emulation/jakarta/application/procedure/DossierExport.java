package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.received.DossierNominee;

/**
 * What the electronic dossier of a submission's proposals upward holds, before it is written as a
 * file: the submission and its document, the proposing body, each nominee proposed upward with the
 * files of their dossier and the bytes of each. The edge lays it out and signs it (ADR 0052).
 *
 * @param submission the submission, with its plan and occasion
 * @param submissionDocument the submission (tờ trình) as it was issued, signed and kept when the
 *     submission was drawn up (ADR 0051): the very bytes the deciding office holds
 * @param proposingBody the proposing body's name
 * @param nominees the nominees proposed upward, in the submission's order; their {@code files} are
 *     left empty: the layout gives the paths
 */
public record DossierExport(
    PlanSubmission submission,
    DocumentFile submissionDocument,
    String proposingBody,
    List<ExportedNominee> nominees) {

  public DossierExport {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(submissionDocument, "submissionDocument");
    Objects.requireNonNull(proposingBody, "proposingBody");
    nominees = List.copyOf(nominees);
  }

  /** A nominee proposed upward and the files of their dossier. */
  public record ExportedNominee(DossierNominee nominee, List<ExportedFile> files) {
    public ExportedNominee {
      Objects.requireNonNull(nominee, "nominee");
      files = List.copyOf(files);
    }
  }

  /** One file of a nominee's dossier: the law's item it carries, its reference and its bytes. */
  public record ExportedFile(String itemCode, FileReference reference, byte[] bytes) {
    public ExportedFile {
      Objects.requireNonNull(itemCode, "itemCode");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}
