package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.emulation.core.procedure.nomination.Appraisal;
import vn.emulation.core.procedure.nomination.Completeness;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.DossierGap;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.jakarta.application.procedure.NominationDetail;
import vn.emulation.jakarta.application.procedure.StoredNomination;
import vn.emulation.jakarta.interfaces.rest.CaseViews.FileView;
import vn.emulation.jakarta.interfaces.rest.CaseViews.TransitionView;
import vn.emulation.jakarta.interfaces.rest.EvaluationView.VerdictView;

/** How nominations and their appraisal are shown over the API, texts in the reader's language. */
final class NominationViews {

  private NominationViews() {}

  /**
   * A unit's nomination of a participant for an award form on an occasion, with its dossier, every
   * transition and appraisal and the commands its state allows now; its version is also its ETag.
   * One nomination read alone also shows its dossier's completeness today and the stored verdict it
   * carries; the list leaves both out (absent).
   *
   * @param occasion the occasion, with the years of work it covers
   * @param awardFormCode the plan's form, which the verdict judges
   * @param lawFormCode the law's form, whose dossier applies
   * @param completeness every gap of the dossier today by the law in force; absent in a list
   * @param verdict the reference to the stored verdict attached on submission; absent before
   * @param storedVerdict that verdict, criterion by criterion; absent before, and in a list
   * @param appraisals every appraisal, oldest first
   * @param allowed the commands its state allows now
   */
  public record NominationView(
      String id,
      String planCode,
      OccasionView occasion,
      String unitCode,
      String participantId,
      String awardFormCode,
      String lawFormCode,
      String state,
      long version,
      DossierView dossier,
      CompletenessView completeness,
      VerdictReferenceView verdict,
      VerdictView storedVerdict,
      List<AppraisalView> appraisals,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {

    static NominationView of(NominationDetail d, Locale l) {
      return of(
          d.stored(),
          CompletenessView.of(d.completeness(), l),
          d.verdictIfAny().map(v -> EvaluationRunView.verdict(v, l)).orElse(null));
    }

    static NominationView listed(StoredNomination s) {
      return of(s, null, null);
    }

    private static NominationView of(
        StoredNomination s, CompletenessView completeness, VerdictView stored) {
      Nomination n = s.nomination();
      return new NominationView(
          n.id(),
          s.planCode(),
          new OccasionView(
              n.occasion().code(),
              n.occasion().type().name(),
              n.occasion().covered().first(),
              n.occasion().covered().last()),
          n.unitCode(),
          n.participantId(),
          n.awardFormCode(),
          n.lawFormCode(),
          n.state().name(),
          n.version(),
          new DossierView(
              n.dossier().sets(), n.dossier().documents().stream().map(DocumentView::of).toList()),
          completeness,
          n.verdict().map(VerdictReferenceView::of).orElse(null),
          stored,
          n.appraisals().stream().map(AppraisalView::of).toList(),
          s.openedBy(),
          s.openedAt(),
          n.allowedCommands(),
          CaseViews.transitions(n.log()));
    }
  }

  /**
   * The occasion a nomination is for.
   *
   * @param type ANNUAL, INTERIM or FINAL
   * @param firstYear the first year of work it judges
   * @param lastYear the last (the title's year)
   */
  public record OccasionView(String code, String type, int firstYear, int lastYear) {}

  /**
   * The dossier as the unit put it together.
   *
   * @param sets the paper sets sent, 0 while none is ready
   */
  public record DossierView(int sets, List<DocumentView> documents) {}

  /**
   * One document of the dossier: the law's dossier item it is and the files that carry it.
   *
   * @param itemCode the law's code for the item ({@code SUBMISSION})
   */
  public record DocumentView(String itemCode, List<FileView> files) {
    static DocumentView of(DossierDocument d) {
      return new DocumentView(d.itemCode(), d.files().stream().map(FileView::of).toList());
    }
  }

  /**
   * Whether the dossier holds what the law in force requires today, and every gap if not.
   *
   * @param day the day it was judged on (today, in Vietnam)
   * @param complete whether it may be sent
   * @param requiredItems the documents every dossier of this form must hold, in the law's order
   * @param requiredSets the sets required
   * @param setsFromLaw whether the law sets that number (else the plan does)
   * @param electronicFiles whether each document needs its Word and PDF files
   * @param provision the provision that sets the sets, or says who does
   * @param gaps every gap, at the path of the request that would supply it
   * @param forAppraiser the conditional documents not supplied, left to the appraiser
   */
  public record CompletenessView(
      LocalDate day,
      boolean complete,
      List<ItemView> requiredItems,
      int requiredSets,
      boolean setsFromLaw,
      boolean electronicFiles,
      String provision,
      List<GapView> gaps,
      List<ItemView> forAppraiser) {

    static CompletenessView of(Completeness c, Locale l) {
      var r = c.requirement();
      return new CompletenessView(
          r.day(),
          c.isComplete(),
          r.requiredItems().stream().map(i -> new ItemView(i.code(), i.name().in(l))).toList(),
          r.sets(),
          r.setsFromLaw(),
          r.electronicFiles(),
          r.citation().provision(),
          c.gaps().stream().map(g -> GapView.of(g, l)).toList(),
          c.forAppraiser().stream().map(i -> new ItemView(i.code(), i.name().in(l))).toList());
    }
  }

  /** A dossier item of the law: its code and name. */
  public record ItemView(String code, String name) {}

  /**
   * One thing the dossier lacks.
   *
   * @param kind DOCUMENT_MISSING, NO_FILE, PDF_MISSING, WORD_MISSING or TOO_FEW_SETS
   * @param itemCode the dossier item concerned; absent for the sets
   * @param path where in the nomination it belongs ({@code dossier.documents[1].files})
   * @param reason the gap in words
   */
  public record GapView(String kind, String itemCode, String path, String reason) {
    static GapView of(DossierGap g, Locale l) {
      return new GapView(g.kind().name(), g.itemCode(), g.path(), g.reason().in(l));
    }
  }

  /**
   * The stored verdict a nomination carries from its submission.
   *
   * @param runId the stored evaluation run that judged the nominee on submission
   * @param outcome ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE
   * @param explanationRef the API path of the verdict with its whole explanation
   */
  public record VerdictReferenceView(
      String runId,
      String participantId,
      String occasionCode,
      String awardFormCode,
      String outcome,
      String explanationRef) {
    static VerdictReferenceView of(VerdictReference v) {
      return new VerdictReferenceView(
          v.runId(),
          v.participantId(),
          v.occasionCode(),
          v.awardFormCode(),
          v.outcome().name(),
          v.explanationRef());
    }
  }

  /**
   * One appraisal by Home Affairs.
   *
   * @param decision ELIGIBLE, NOT_ELIGIBLE or RETURN_FOR_CORRECTION
   * @param reason why; absent when none was given
   * @param departsFromVerdict whether it concluded otherwise than the stored verdict
   * @param departureReason why it departs; present exactly when it does
   * @param correctionDueOn for a return, the last working day to send it corrected
   */
  public record AppraisalView(
      String decision,
      String appraiser,
      Instant at,
      String reason,
      boolean departsFromVerdict,
      String departureReason,
      LocalDate correctionDueOn) {
    static AppraisalView of(Appraisal a) {
      return new AppraisalView(
          a.decision().name(),
          a.appraiser(),
          a.at(),
          a.reason(),
          a.departsFromVerdict(),
          a.departureReason(),
          a.correctionDueOn());
    }
  }

  /** The nominations a batch appraisal appraised, in the order of its items. */
  public record BatchAppraisalView(List<NominationView> items) {}
}
