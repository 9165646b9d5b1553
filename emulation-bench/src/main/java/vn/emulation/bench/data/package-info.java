/**
 * The data sets of issue 10: a province (100 communes, 500,000 participants, 1,000,000 reports) and
 * the nation (34 provinces, 3,321 communes, 10,000,000 reports), generated from a seed and loaded
 * into PostgreSQL with the application's own schema through {@code COPY}. Not a benchmark itself:
 * the data the performance suite measures on ({@code docs/performance.md}, "Data sets").
 */
package vn.emulation.bench.data;
