/**
 * What a plan shows once plan, units, reports and evidence are stored: {@link
 * vn.emulation.jakarta.application.workspace.PlanWorkspace} answers progress, drill-down, ranking,
 * open data and the verdicts of an occasion. It reads the request's parameters and loads the data,
 * leaving the computations to {@code application.progress}.
 */
package vn.emulation.jakarta.application.workspace;
