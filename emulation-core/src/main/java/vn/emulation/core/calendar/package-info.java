/**
 * The working-day calendar as data: the public holidays, compensating days and swapped days of each
 * year as the government announces them ({@link vn.emulation.core.calendar.HolidayYear}), and
 * {@link vn.emulation.core.calendar.WorkingCalendar}, which counts the working days of every
 * deadline and refuses a year it holds no data for instead of guessing.
 */
package vn.emulation.core.calendar;
