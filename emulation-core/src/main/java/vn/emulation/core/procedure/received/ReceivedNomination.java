package vn.emulation.core.procedure.received;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;

/**
 * A nomination the level below proposed to this level through an electronic dossier, as the
 * receiving instance keeps it: where it comes from (plan, submission, nomination, body and office),
 * the office it is put to here, the nominee, the form, the verdict and appraisal of the level
 * below, and the files of the nominee's dossier. Immutable.
 *
 * @param id this instance's identifier
 * @param planCode the receiving plan
 * @param source where it comes from: the proposing plan, submission and nomination
 * @param proposingBody the proposing body's name
 * @param from the office that proposed it
 * @param to the office that decides it here
 * @param proposedOn the day of the proposing submission
 * @param nominee the nominee as the dossier names it
 * @param files the nominee's files and the submission's, with their SHA-256
 * @param dossierSha256 the SHA-256 of the signed manifest it was received with
 * @param state where it stands here
 * @param receivedBy who imported it
 * @param receivedAt when
 */
public record ReceivedNomination(
    String id,
    String planCode,
    Source source,
    String proposingBody,
    Office from,
    Office to,
    LocalDate proposedOn,
    DossierNominee nominee,
    List<DossierFile> files,
    String dossierSha256,
    ReceivedState state,
    String receivedBy,
    Instant receivedAt) {

  /** Where a received nomination comes from; one proposing nomination is received once per plan. */
  public record Source(String planCode, String submissionId, String nominationId) {
    public Source {
      Objects.requireNonNull(planCode, "planCode");
      Objects.requireNonNull(submissionId, "submissionId");
      Objects.requireNonNull(nominationId, "nominationId");
    }
  }

  public ReceivedNomination {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(proposingBody, "proposingBody");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(proposedOn, "proposedOn");
    Objects.requireNonNull(nominee, "nominee");
    files = List.copyOf(files);
    Objects.requireNonNull(dossierSha256, "dossierSha256");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(receivedBy, "receivedBy");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The law's form proposed. */
  public String form() {
    return nominee.form();
  }

  public Recipient kind() {
    return nominee.kind();
  }
}
