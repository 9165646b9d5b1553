/**
 * The daily runs (ADR 0045, 0046): {@link vn.emulation.jakarta.infrastructure.schedule.DailyRuns}
 * takes the audit log's anchor and gives the deadline reminders every day at a fixed time in
 * Vietnam, on the container's managed scheduled executor, as the system through an explicit, logged
 * run-as.
 */
package vn.emulation.jakarta.infrastructure.schedule;
