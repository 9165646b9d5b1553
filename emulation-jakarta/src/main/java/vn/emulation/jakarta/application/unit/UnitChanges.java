package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitDraft;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.TextLimits;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Turns an officer's opening, closing or moving of a unit into the core's {@link OrgHierarchy}
 * commands, which hold every rule of the hierarchy; mergers and splits are in {@link
 * Reorganisation}. Here the request's texts become values (dates, levels, lengths the database
 * holds), and what the reading refused joins what the core refused, in the order of the request's
 * fields. Nothing is stored here: the caller stores {@link Change#changed()}. Immutable.
 */
final class UnitChanges {

  static final int MAX_NAME = 300;

  /**
   * The outcome of a change.
   *
   * @param after the hierarchy with the change applied
   * @param changed every unit that is new or differs from before, to be stored
   */
  record Change(OrgHierarchy after, List<OrgUnit> changed) {}

  private final OrgHierarchy before;

  UnitChanges(OrgHierarchy before) {
    this.before = before;
  }

  Change open(OpenUnit cmd) {
    ProblemCollector read = new ProblemCollector();
    UnitDraft draft =
        draft(
            read,
            cmd.unread(),
            "",
            new NewUnit(cmd.code(), cmd.name(), cmd.level(), cmd.parentCode()));
    cmd.unread().requireDate(read, "openedOn", cmd.openedOn());
    return run(
        read,
        "unit",
        List.of("code", "name", "level", "openedOn", "parentCode"),
        () -> before.open(draft, cmd.openedOn()));
  }

  /** Closes a unit that has nothing under it any more from that day. */
  Change close(String code, CloseUnit cmd) {
    OrgUnit unit = existing(code);
    ProblemCollector read = new ProblemCollector();
    cmd.unread().requireDate(read, "date", cmd.date());
    return run(read, "closure", List.of("date"), () -> before.close(unit.code(), cmd.date()));
  }

  /** Renames a unit and/or places it under another parent from a day. */
  Change move(String code, MoveUnit cmd) {
    OrgUnit unit = existing(code);
    ProblemCollector read = new ProblemCollector();
    cmd.unread().requireDate(read, "from", cmd.from());
    LocalDate from = cmd.from();
    String name =
        cmd.name() == null
            ? null
            : TextLimits.text(
                read, "name", cmd.name(), MAX_NAME, AdapterMessages.text("unit.field.name"));
    String parent = TextLimits.blankToNull(cmd.parentCode());
    return run(
        read,
        "move",
        List.of("from", "name", "parentCode"),
        () -> before.move(unit.code(), from, name, parent));
  }

  /**
   * The new unit a request describes, each part read at {@code path}.code, .name, .level ({@code
   * path} empty: the bare names), with the problems the edge met there ({@code unread}); a part
   * refused is {@code null}, which the core then leaves alone.
   */
  static UnitDraft draft(ProblemCollector read, Unread unread, String path, NewUnit unit) {
    String at = path.isEmpty() ? "" : path + ".";
    String code =
        TextLimits.text(
            read,
            at + "code",
            unit.code(),
            UnitCommands.MAX_CODE,
            AdapterMessages.text("unit.field.code"));
    String name =
        TextLimits.text(
            read, at + "name", unit.name(), MAX_NAME, AdapterMessages.text("unit.field.name"));
    unread.requireChoice(read, at + "level", unit.level(), UnitLevel.class);
    return new UnitDraft(code, name, unit.level(), TextLimits.blankToNull(unit.parentCode()));
  }

  /** The unit with this code, or a 404: the code comes from the request's path. */
  OrgUnit existing(String code) {
    return before.find(code).orElseThrow(() -> noSuchUnit(code));
  }

  static NotFoundException noSuchUnit(String code) {
    return new NotFoundException(AdapterMessages.text("participant.noUnitCode", code));
  }

  /**
   * Runs a core command on what was read. Its refusal joins the problems of reading, without a
   * second problem for a field the reading refused already (the core sees it missing), sorted by
   * the request's {@code fields} (a field covers its {@code [i]} and {@code .part} paths).
   */
  Change run(
      ProblemCollector read, String what, List<String> fields, Supplier<OrgHierarchy> command) {
    OrgHierarchy after;
    try {
      after = command.get();
    } catch (InvalidInputException refused) {
      Set<String> readPaths = new HashSet<>();
      read.problems().forEach(p -> readPaths.add(p.path()));
      List<Problem> all = new ArrayList<>(read.problems());
      refused.problems().stream().filter(p -> !readPaths.contains(p.path())).forEach(all::add);
      all.sort(Comparator.comparingInt(p -> rank(fields, p.path())));
      throw new InvalidInputException(what, all);
    }
    read.throwIfAny(what);
    List<OrgUnit> changed = new ArrayList<>();
    for (OrgUnit u : after.all()) {
      if (!before.find(u.code()).filter(u::equals).isPresent()) {
        changed.add(u);
      }
    }
    return new Change(after, changed);
  }

  private static int rank(List<String> fields, String path) {
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (path.equals(f) || path.startsWith(f + "[") || path.startsWith(f + ".")) {
        return i;
      }
    }
    return fields.size();
  }

  OrgHierarchy before() {
    return before;
  }
}
