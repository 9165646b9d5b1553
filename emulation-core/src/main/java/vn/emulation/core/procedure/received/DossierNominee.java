package vn.emulation.core.procedure.received;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.law.Recipient;

/**
 * One nominee of a proposal upward as the dossier carries it: the nomination that proposed whom,
 * for which form, with the stored verdict and the appraisal the proposing level made, and the paths
 * of the files of the nominee's own dossier. Immutable.
 *
 * @param nominationId the proposing instance's nomination
 * @param participantId the proposing instance's participant
 * @param name the nominee's name as printed
 * @param kind an individual, a collective or a household
 * @param unitCode the proposing unit's code
 * @param unitName the proposing unit's name
 * @param form the law's code of the form proposed
 * @param year the year of the achievement
 * @param verdict the stored verdict's outcome (ELIGIBLE …), as the proposing level judged it
 * @param verdictRun the evaluation run that stored it
 * @param appraisal what the proposing level's appraisal concluded (ELIGIBLE)
 * @param files the paths of the nominee's files in the archive
 */
public record DossierNominee(
    String nominationId,
    String participantId,
    String name,
    Recipient kind,
    String unitCode,
    String unitName,
    String form,
    int year,
    String verdict,
    String verdictRun,
    String appraisal,
    List<String> files) {

  public DossierNominee {
    Objects.requireNonNull(nominationId, "nominationId");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(verdictRun, "verdictRun");
    Objects.requireNonNull(appraisal, "appraisal");
    files = List.copyOf(files);
  }
}
