/**
 * A participant's history as the adapter keeps it: the port to the stored records ({@link
 * vn.emulation.jakarta.application.participant.history.HistoryRepository}), the import of earlier
 * years from a spreadsheet, all rows or none, and the read of a participant's records with those
 * its unit's lineage brings, each saying where it came from.
 */
package vn.emulation.jakarta.application.participant.history;
