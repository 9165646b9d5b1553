/**
 * Step 1 of the award procedure: a unit's registration for the movement (đăng ký thi đua), with its
 * own emulation plan, by the plan's deadline, accepted or returned by Home Affairs, and the list of
 * units overdue on a day.
 */
package vn.emulation.core.procedure.registration;
