/**
 * The law's file formats ({@code docs/law-format.md}): {@code emulation-law/1}, a rule set of the
 * law with its versions, read by {@link vn.emulation.jakarta.format.law.LawJsonReader} (every
 * structural problem at its JSON path, then the core's validation) and written by {@link
 * vn.emulation.jakarta.format.law.LawJsonWriter}; {@code emulation-holidays/1}, the working-day
 * calendar's years, read by {@link vn.emulation.jakarta.format.law.HolidaysJsonReader}; and {@link
 * vn.emulation.jakarta.format.law.BuiltInLaw}, the files the adapter ships.
 */
package vn.emulation.jakarta.format.law;
