package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.Nominee;

/**
 * The nominees the appraisal (step 4) has concluded on, as the later steps see them: the
 * announcement, the council and the submission take {@link Nominee} values from here and never read
 * how a nomination is kept. Implemented over the stored nominations; a nomination not yet appraised
 * (or returned for correction) is not a nominee.
 */
public interface AppraisedNominees {

  /**
   * The appraised nominees of the occasion {@code occasionCode} of {@code planCode}, eligible or
   * not, by unit, then form, then participant.
   */
  List<Nominee> of(String planCode, String occasionCode);

  /** The nominee of nomination {@code nominationId} of {@code planCode}, once appraised. */
  Optional<Nominee> find(String planCode, String nominationId);
}
