package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.core.procedure.received.ReceivedNomination;

/** The JSON shapes of the nominations received from the level below (ADR 0052). */
public final class ReceivedDossierViews {

  private ReceivedDossierViews() {}

  /** A received nomination: where it comes from, the nominee, the form and the files. */
  public record ReceivedNominationView(
      String id,
      String planCode,
      String state,
      String sourcePlan,
      String sourceSubmission,
      String sourceNomination,
      String proposingBody,
      String from,
      String to,
      LocalDate proposedOn,
      String form,
      String nomineeName,
      String kind,
      String unitName,
      int year,
      String verdict,
      String appraisal,
      List<FileView> files,
      String manifestSha256,
      String receivedBy,
      Instant receivedAt) {
    static ReceivedNominationView of(ReceivedNomination r) {
      DossierNominee n = r.nominee();
      return new ReceivedNominationView(
          r.id(),
          r.planCode(),
          r.state().name(),
          r.source().planCode(),
          r.source().submissionId(),
          r.source().nominationId(),
          r.proposingBody(),
          r.from().name(),
          r.to().name(),
          r.proposedOn(),
          n.form(),
          n.name(),
          n.kind().name(),
          n.unitName(),
          n.year(),
          n.verdict(),
          n.appraisal(),
          r.files().stream().map(FileView::of).toList(),
          r.dossierSha256(),
          r.receivedBy(),
          r.receivedAt());
    }
  }

  /** One file of a received nomination's dossier, as its manifest listed it. */
  public record FileView(String path, String mediaType, long size, String sha256) {
    static FileView of(DossierFile f) {
      return new FileView(f.path(), f.mediaType(), f.size(), f.sha256());
    }
  }

  /** What an import received: one nomination per nominee of the dossier. */
  public record ReceivedDossierView(List<ReceivedNominationView> received) {}
}
