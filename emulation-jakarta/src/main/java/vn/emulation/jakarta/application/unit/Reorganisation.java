package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.UnitDraft;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;

/**
 * Mergers and splits of units (sắp xếp đơn vị hành chính), as the edge read them, handed to the
 * core's {@link OrgHierarchy#merge(List, UnitDraft, LocalDate)} and {@link OrgHierarchy#splitInto},
 * which hold their rules: the old units close on the day and name their successors, so that history
 * is kept and inherited; in a merger the units under the merged ones move under the new unit; a
 * split is refused while any unit lies under the split one. Immutable.
 */
final class Reorganisation {

  private final UnitChanges changes;

  Reorganisation(OrgHierarchy before) {
    this.changes = new UnitChanges(before);
  }

  UnitChanges.Change merge(MergeUnits cmd) {
    ProblemCollector read = new ProblemCollector();
    cmd.unread().requireDate(read, "date", cmd.date());
    UnitDraft successor =
        cmd.successor() == null
            ? null
            : UnitChanges.draft(read, cmd.unread(), "successor", cmd.successor());
    return changes.run(
        read,
        "merger",
        List.of(
            "date",
            "sources",
            "successor.code",
            "successor.name",
            "successor.level",
            "successor.parentCode",
            "successor"),
        () -> changes.before().merge(cmd.sources(), successor, cmd.date()));
  }

  UnitChanges.Change split(SplitUnit cmd) {
    ProblemCollector read = new ProblemCollector();
    cmd.unread().requireDate(read, "date", cmd.date());
    List<UnitDraft> successors = new ArrayList<>();
    List<NewUnit> raw = cmd.successors() == null ? List.of() : cmd.successors();
    for (int i = 0; i < raw.size(); i++) {
      successors.add(
          raw.get(i) == null
              ? null
              : UnitChanges.draft(read, cmd.unread(), "successors[" + i + "]", raw.get(i)));
    }
    return changes.run(
        read,
        "split",
        List.of("date", "source", "successors"),
        () -> changes.before().splitInto(cmd.source(), successors, cmd.date()));
  }
}
