package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.law.Office;

/**
 * A form above the submission's office, proposed to the level above (đề nghị cấp trên khen thưởng):
 * who proposes, the offices that decide it on the day, and the nominees. Its documents and
 * electronic dossier come with the documents issue. Immutable.
 *
 * @param submissionId the submission it comes from
 * @param form the rule set's code of the form
 * @param from the office that proposes
 * @param to the offices that may decide it on the day, as the law in force has them
 * @param on the day of the submission
 * @param nominees the nominees proposed
 */
public record Proposal(
    String submissionId,
    String form,
    Office from,
    List<Office> to,
    LocalDate on,
    List<Nominee> nominees) {

  public Proposal {
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    Objects.requireNonNull(on, "on");
    nominees = List.copyOf(nominees);
  }
}
