package vn.emulation.jakarta.application.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The changes Home Affairs makes to the administrative units: opening, closing, renaming or moving,
 * merging, splitting. A change is checked as a whole (every problem at once) and stored in one
 * transaction with its audit entry, or not at all; old units are closed, never deleted, so that
 * reports and awards keep their history. Reading the hierarchy is {@link UnitDirectory}'s.
 */
@ApplicationScoped
public class HierarchyChanges {

  @Inject UnitRepository units;
  @Inject AuditTrail audit;
  @Inject Callers callers;
  @Inject ApplicationEvents events;

  @Transactional
  public UnitHistory open(OpenUnit cmd) {
    callers.writer();
    UnitChanges.Change change = new UnitChanges(units.hierarchy()).open(cmd);
    UnitHistory opened = store(change, change.changed().get(0).code());
    audit.record("unit.open", target(opened.code()), null, opened);
    OrgUnit unit = change.after().get(opened.code());
    events.unitReorganised(
        new UnitReorganised(
            UnitReorganised.Change.OPEN, unit.openedOn(), List.of(), List.of(unit.code())));
    return opened;
  }

  @Transactional
  public UnitHistory close(String code, CloseUnit cmd) {
    return close(code, cmd, Precondition.none()).value();
  }

  /** Closes a unit if it is still at a version the client saw; answers with its new version. */
  @Transactional
  public Tagged<UnitHistory> close(String code, CloseUnit cmd, Precondition seen) {
    callers.writer();
    check(code, seen);
    OrgHierarchy before = units.hierarchy();
    UnitChanges.Change change = new UnitChanges(before).close(code, cmd);
    Tagged<UnitHistory> closed = tagged(store(change, code));
    audit.record("unit.close", target(code), historyIn(before, code), closed.value());
    OrgUnit unit = change.after().get(closed.value().code());
    events.unitReorganised(
        new UnitReorganised(
            UnitReorganised.Change.CLOSE,
            unit.closedOn(),
            List.of(unit.code()),
            List.of(unit.code())));
    return closed;
  }

  @Transactional
  public UnitHistory move(String code, MoveUnit cmd) {
    return move(code, cmd, Precondition.none()).value();
  }

  /** Moves a unit if it is still at a version the client saw; answers with its new version. */
  @Transactional
  public Tagged<UnitHistory> move(String code, MoveUnit cmd, Precondition seen) {
    callers.writer();
    check(code, seen);
    OrgHierarchy before = units.hierarchy();
    Tagged<UnitHistory> moved = tagged(store(new UnitChanges(before).move(code, cmd), code));
    audit.record("unit.move", target(code), historyIn(before, code), moved.value());
    // the change accepted the day, so it is there
    String unitCode = moved.value().code();
    events.unitReorganised(
        new UnitReorganised(
            UnitReorganised.Change.MOVE, cmd.from(), List.of(unitCode), List.of(unitCode)));
    return moved;
  }

  /** An unknown unit is left to the change itself, which answers 404. */
  private void check(String code, Precondition seen) {
    units
        .version(code)
        .ifPresent(v -> seen.check(String.valueOf(v), AdapterMessages.text("unit.unit", code)));
  }

  /** The version just stored: the repository has flushed, so the row version is the new one. */
  private Tagged<UnitHistory> tagged(UnitHistory stored) {
    return new Tagged<>(stored, tag(stored.code()));
  }

  private String tag(String code) {
    return units.version(code).map(String::valueOf).orElse("0");
  }

  /** Merges units into a new one; answers with the new unit, which names its predecessors. */
  @Transactional
  public UnitHistory merge(MergeUnits cmd) {
    callers.writer();
    OrgHierarchy before = units.hierarchy();
    UnitChanges.Change change = new Reorganisation(before).merge(cmd);
    UnitHistory merged = store(change, cmd.successor().code().strip());
    audit.record(
        "unit.merge",
        target(merged.code()),
        cmd.sources().stream().map(c -> historyIn(before, c.strip())).toList(),
        merged);
    events.unitReorganised(
        new UnitReorganised(
            UnitReorganised.Change.MERGE,
            change.after().get(merged.code()).openedOn(),
            cmd.sources().stream().map(String::strip).toList(),
            List.of(merged.code())));
    return merged;
  }

  /** Splits a unit into new ones; answers with the new units, in the order given. */
  @Transactional
  public List<UnitHistory> split(SplitUnit cmd) {
    callers.writer();
    OrgHierarchy before = units.hierarchy();
    UnitChanges.Change change = new Reorganisation(before).split(cmd);
    units.saveAll(change.changed());
    List<UnitHistory> successors =
        cmd.successors().stream()
            .map(s -> UnitHistory.of(change.after(), change.after().get(s.code().strip())))
            .toList();
    String source = cmd.source().strip();
    audit.record("unit.split", target(source), historyIn(before, source), successors);
    List<String> made = cmd.successors().stream().map(n -> n.code().strip()).toList();
    events.unitReorganised(
        new UnitReorganised(
            UnitReorganised.Change.SPLIT,
            change.after().get(made.get(0)).openedOn(),
            List.of(source),
            made));
    return successors;
  }

  /** The audit log names a unit as the API does. */
  private static String target(String code) {
    return AuditTargets.unit(code);
  }

  /** A unit's history in a hierarchy (the audit log's state before); null when absent. */
  private static UnitHistory historyIn(OrgHierarchy h, String code) {
    return h.find(code).map(u -> UnitHistory.of(h, u)).orElse(null);
  }

  private UnitHistory store(UnitChanges.Change change, String code) {
    units.saveAll(change.changed());
    return UnitHistory.of(change.after(), change.after().get(code));
  }
}
