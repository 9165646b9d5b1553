/**
 * The administrative units and their history: {@link
 * vn.emulation.jakarta.application.unit.UnitDirectory} shows the hierarchy on any day and opens,
 * closes, moves, merges and splits units after checking each change as a whole. It also answers
 * which unit stands for a plan's whole city on a day ({@link
 * vn.emulation.jakarta.application.unit.TopUnit}), a question the other use cases ask.
 */
package vn.emulation.jakarta.application.unit;
