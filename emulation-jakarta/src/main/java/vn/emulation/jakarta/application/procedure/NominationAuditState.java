package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.Nomination;

/**
 * What the audit log keeps of a nomination before and after a command: its state and version, whom
 * it proposes for what, the dossier's sets and each document's files by SHA-256, the stored verdict
 * attached, the latest appraisal, and the last transition's command and reason.
 *
 * @param documents each document as {@code ITEM: sha256, sha256}
 * @param verdictRun the stored evaluation run whose verdict is attached; null before submission
 * @param verdictOutcome that verdict's outcome
 * @param appraisal the latest appraisal's decision, null before any
 * @param departureReason why that appraisal departs from the verdict, null when it does not
 */
public record NominationAuditState(
    String id,
    String unitCode,
    String state,
    long version,
    String occasionCode,
    String participantId,
    String awardFormCode,
    String lawFormCode,
    int sets,
    List<String> documents,
    String verdictRun,
    String verdictOutcome,
    String appraisal,
    String departureReason,
    String lastCommand,
    String lastReason) {

  static NominationAuditState of(StoredNomination s) {
    Nomination n = s.nomination();
    var ts = n.log().transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    return new NominationAuditState(
        n.id(),
        n.unitCode(),
        n.state().name(),
        n.version(),
        n.occasion().code(),
        n.participantId(),
        n.awardFormCode(),
        n.lawFormCode(),
        n.dossier().sets(),
        n.dossier().documents().stream().map(NominationAuditState::document).toList(),
        n.verdict().map(v -> v.runId()).orElse(null),
        n.verdict().map(v -> v.outcome().name()).orElse(null),
        n.appraisal().map(a -> a.decision().name()).orElse(null),
        n.appraisal().flatMap(a -> a.departureReasonIfAny()).orElse(null),
        last == null ? null : last.command(),
        last == null ? null : last.reason());
  }

  private static String document(DossierDocument d) {
    return d.itemCode()
        + ": "
        + String.join(", ", d.files().stream().map(f -> f.sha256()).toList());
  }
}
