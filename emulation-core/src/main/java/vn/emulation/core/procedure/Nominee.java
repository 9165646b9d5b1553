package vn.emulation.core.procedure;

import java.util.Objects;
import vn.emulation.core.law.Recipient;

/**
 * An appraised nominee as the steps after the appraisal see it: which nomination proposed whom, of
 * which kind for the law, from which unit, for which award form and the work of which year, and
 * what the appraisal concluded. A small value of this step's own, so that announcement, council and
 * decision do not depend on how the nomination is kept. Immutable and thread-safe.
 *
 * @param nominationId the nomination that proposed it; identifies the nominee in the later steps
 * @param participantId whom it proposes
 * @param kind an individual, a collective or a household
 * @param unitCode the unit that proposed it
 * @param form the rule set's code of the award form proposed
 * @param year the year of the achievement (the title's year)
 * @param appraisal what the appraisal concluded
 */
public record Nominee(
    String nominationId,
    String participantId,
    Recipient kind,
    String unitCode,
    String form,
    int year,
    Eligibility appraisal) {

  public Nominee {
    nonBlank(nominationId, "nominationId");
    nonBlank(participantId, "participantId");
    Objects.requireNonNull(kind, "kind");
    nonBlank(unitCode, "unitCode");
    nonBlank(form, "form");
    Objects.requireNonNull(appraisal, "appraisal");
  }

  private static void nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a nominee's " + name + " is blank");
    }
  }

  public boolean isEligible() {
    return appraisal == Eligibility.ELIGIBLE;
  }
}
