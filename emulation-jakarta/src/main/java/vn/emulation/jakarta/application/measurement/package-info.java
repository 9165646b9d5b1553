/**
 * The reports of results that units send for a plan: {@link
 * vn.emulation.jakarta.application.measurement.MeasurementDesk} takes one value or a whole uploaded
 * file, lists what is stored and hands out blank templates. Everything is checked against the
 * plan's rules before it is stored, in one transaction or not at all.
 */
package vn.emulation.jakarta.application.measurement;
