/**
 * What a movement measures and how far each unit has got: indicators, the targets set on them for
 * each milestone, the measurements units report, and the attainment of a target by a unit at a
 * date, aggregated from counts up the unit hierarchy.
 */
package vn.emulation.core.target;
