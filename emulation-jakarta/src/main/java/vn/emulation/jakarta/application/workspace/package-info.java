/**
 * What a plan shows once plan, units, reports and evidence are stored: {@link
 * vn.emulation.jakarta.application.workspace.ProgressReports} answers progress, drill-down, ranking
 * and open data; {@link vn.emulation.jakarta.application.workspace.LiveVerdicts} the verdicts of an
 * occasion (and, as the one {@link vn.emulation.jakarta.application.workspace.OccasionJudging}, the
 * stored runs' too). They take the question read at the edge, typed, and load the data, leaving the
 * computations to {@code application.progress}.
 */
package vn.emulation.jakarta.application.workspace;
