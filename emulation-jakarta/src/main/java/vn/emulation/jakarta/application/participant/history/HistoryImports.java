package vn.emulation.jakarta.application.participant.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Imports earlier years' history of a plan's participants from a spreadsheet (CSV or XLSX): every
 * row is checked before anything is stored, every problem reported at once with its row and column,
 * and the records stored in one transaction, or none. The same file sent again for the plan is
 * recognised by its SHA-256 and answered with the earlier import, storing nothing. Only Home
 * Affairs officers and administrators import: a history is the movement's record, not a unit's
 * report.
 */
@ApplicationScoped
public class HistoryImports {

  /** What an import answers: the import, and whether this request stored it. */
  public record Imported(HistoryImport history, boolean created) {}

  @Inject PlanCatalog plans;
  @Inject ParticipantRepository participants;
  @Inject HistoryRepository histories;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Stores every record of the file, or none.
   *
   * @throws AccessDeniedException unless the caller is an officer or an administrator
   * @throws vn.emulation.core.common.InvalidInputException listing every bad row's problems
   */
  @Transactional
  public Imported importFile(String planCode, HistoryFileUpload file) {
    Caller caller = callers.writer();
    if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
      throw new AccessDeniedException(AdapterMessages.text("history.onlyOfficers"));
    }
    plans.inForceToday(planCode);
    var earlier = histories.importBySha256(planCode, file.sha256());
    if (earlier.isPresent()) {
      return new Imported(earlier.get(), false);
    }
    List<Participant> all = participants.all(planCode);
    Map<String, Participant> byId =
        all.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    UnitScope scope = scopes.current();
    HistoryCollector rows =
        new HistoryCollector(
            new HistoryRowChecker(byId, scope::includes), ratedYears(planCode, byId.keySet()));
    UploadFormat format = file.sheet().read(rows);
    List<ParticipantHistory> records = rows.finish();
    HistoryImport history =
        new HistoryImport(
            UUID.randomUUID().toString(),
            planCode,
            file.sha256(),
            filename(file.filename(), format),
            format.mediaType(),
            rows.rowCount(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS),
            caller.user());
    try {
      histories.store(history, records);
    } catch (HistoryRepository.StoredMeanwhile e) {
      throw new ConflictException(AdapterMessages.text("measurement.anotherRequestStoredSame"));
    }
    // the import's summary, not its rows: the file's SHA-256 identifies every record it held
    audit.record(
        "history.import",
        AuditTargets.historyImport(planCode, history.id()),
        null,
        HistoryImportState.stored(history));
    return new Imported(history, true);
  }

  /** One import of a plan, as whoever may import reads it. */
  public HistoryImport find(String planCode, String id) {
    Caller caller = callers.current();
    if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
      throw new AccessDeniedException(AdapterMessages.text("history.onlyOfficers"));
    }
    plans.inForceToday(planCode);
    return histories
        .findImport(planCode, id)
        .orElseThrow(
            () ->
                new NotFoundException(AdapterMessages.text("history.importNoSuch", planCode, id)));
  }

  private Map<String, Set<Integer>> ratedYears(String planCode, Set<String> ids) {
    return histories.histories(planCode, ids).stream()
        .collect(
            Collectors.toMap(
                ParticipantHistory::participantId,
                h ->
                    h.ratings().stream()
                        .map(YearRating::year)
                        .collect(Collectors.toCollection(HashSet::new))));
  }

  private static String filename(String sent, UploadFormat format) {
    if (sent != null && !sent.isBlank()) {
      String name = sent.strip();
      return name.length() > 200 ? name.substring(0, 200) : name;
    }
    return "history." + format.name().toLowerCase(java.util.Locale.ROOT);
  }
}
