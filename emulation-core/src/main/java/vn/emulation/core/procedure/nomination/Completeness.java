package vn.emulation.core.procedure.nomination;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.Messages;
import vn.emulation.core.law.DossierItem;

/**
 * Whether a dossier holds what the law in force requires, and every gap if not: each missing
 * document, each document without a file, each missing Word or PDF file where the electronic files
 * are required, too few sets. The conditional documents (the certification of an initiative, of a
 * sudden achievement) depend on facts of the case that the dossier does not state, so those not
 * supplied are listed for the appraiser rather than counted as gaps. Immutable.
 *
 * @param requirement what was required
 * @param gaps every gap, in the law's order of items, then the sets
 * @param forAppraiser the conditional documents not supplied, for the appraiser to judge
 */
public record Completeness(
    DossierRequirement requirement, List<DossierGap> gaps, List<DossierItem> forAppraiser) {

  public Completeness {
    gaps = List.copyOf(gaps);
    forAppraiser = List.copyOf(forAppraiser);
  }

  /** The completeness of {@code dossier} against {@code requirement}. */
  public static Completeness of(Dossier dossier, DossierRequirement requirement) {
    List<DossierGap> gaps = new ArrayList<>();
    List<DossierItem> forAppraiser = new ArrayList<>();
    for (DossierItem item : requirement.items()) {
      int index = dossier.indexOf(item.code());
      if (index < 0) {
        if (item.conditional()) {
          forAppraiser.add(item);
        } else {
          gaps.add(
              new DossierGap(
                  DossierGap.Kind.DOCUMENT_MISSING,
                  item.code(),
                  "dossier.documents",
                  Messages.text(
                      "procedure.nomination.documentMissing",
                      item.code(),
                      item.name().vi(),
                      item.name().en())));
        }
        continue;
      }
      DossierDocument document = dossier.documents().get(index);
      String files = "dossier.documents[" + index + "].files";
      if (document.files().isEmpty()) {
        gaps.add(
            new DossierGap(
                DossierGap.Kind.NO_FILE,
                item.code(),
                files,
                Messages.text("procedure.nomination.noFile", item.code())));
        continue;
      }
      if (requirement.electronicFiles() && !document.hasPdf()) {
        gaps.add(
            new DossierGap(
                DossierGap.Kind.PDF_MISSING,
                item.code(),
                files,
                Messages.text("procedure.nomination.pdfMissing", item.code())));
      }
      if (requirement.electronicFiles() && !document.hasWord()) {
        gaps.add(
            new DossierGap(
                DossierGap.Kind.WORD_MISSING,
                item.code(),
                files,
                Messages.text("procedure.nomination.wordMissing", item.code())));
      }
    }
    if (dossier.sets() < requirement.sets()) {
      gaps.add(
          new DossierGap(
              DossierGap.Kind.TOO_FEW_SETS,
              null,
              "dossier.sets",
              requirement.setsFromLaw()
                  ? Messages.text(
                      "procedure.nomination.tooFewSetsLaw",
                      requirement.sets(),
                      dossier.sets(),
                      requirement.citation().provision())
                  : Messages.text(
                      "procedure.nomination.tooFewSetsPlan", requirement.sets(), dossier.sets())));
    }
    return new Completeness(requirement, gaps, forAppraiser);
  }

  public boolean isComplete() {
    return gaps.isEmpty();
  }
}
