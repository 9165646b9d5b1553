package vn.emulation.jakarta.application.participant.history;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.history.ParticipantHistory;

/**
 * The port to the participants' histories of each plan, and to the imports that brought them.
 * Records are appended, never rewritten: a revocation is a record's date, set by the decision that
 * annulled it. An award decision's records come as an import of their own, whose "file" is the
 * decision (ADR 0040).
 */
public interface HistoryRepository {

  /** The import of a plan whose file had this SHA-256, if that file was stored. */
  Optional<HistoryImport> importBySha256(String planCode, String sha256);

  /** An import of a plan by its identifier. */
  Optional<HistoryImport> findImport(String planCode, String id);

  /**
   * Stores an import and appends its records to the participants' histories, in one transaction.
   * Open cases in {@code records} are not the import's and are ignored.
   *
   * @throws StoredMeanwhile when the same file was stored for the plan by another transaction
   */
  void store(HistoryImport history, List<ParticipantHistory> records);

  /** The histories of these participants of a plan; one without records is left out. */
  List<ParticipantHistory> histories(String planCode, Collection<String> participantIds);

  /**
   * Marks annulled the records of {@code revoked}'s participant that it holds revoked and the store
   * holds standing: the award (by form and decision number) or title (by year, title and decision
   * number) gets its day of annulment; nothing else changes (ADR 0040). The history is what the
   * core's revocation made of the stored one.
   *
   * @return how many records were marked
   */
  int markRevoked(String planCode, ParticipantHistory revoked);

  /** Another transaction stored the same file meanwhile. */
  final class StoredMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoredMeanwhile(HistoryImport history, Throwable cause) {
      super("the file " + history.sha256() + " was imported meanwhile", cause);
    }
  }
}
