/**
 * The administrative units and their history: {@link
 * vn.emulation.jakarta.application.unit.UnitDirectory} shows the hierarchy on any day; {@link
 * vn.emulation.jakarta.application.unit.HierarchyChanges} opens, closes, moves, merges and splits
 * units after checking each change as a whole. The package also answers which unit stands for a
 * plan's whole city on a day ({@link vn.emulation.jakarta.application.unit.TopUnit}) and which
 * units a caller reaches ({@link vn.emulation.jakarta.application.unit.UnitScopes}: a ward's or an
 * office's users their own unit's lineage), questions the other use cases ask. The units are stored
 * behind the {@link vn.emulation.jakarta.application.unit.UnitRepository} port.
 */
package vn.emulation.jakarta.application.unit;
