/**
 * The bulk-import benchmark: a million measurement rows uploaded through the REST endpoint of a
 * running server on PostgreSQL, timed beside {@code psql \copy} of the same rows into the same
 * table. Not a JMH benchmark: one long operation per round, timed end to end.
 */
package vn.emulation.bench.bulk;
