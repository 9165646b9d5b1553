/**
 * The occasion evaluation as a Jakarta Batch job ({@code META-INF/batch-jobs/
 * occasion-evaluation.xml}, ADR 0033): the job's artifacts, each a thin adapter of {@link
 * vn.emulation.jakarta.application.evaluation.EvaluationRunJob}, and the {@link
 * vn.emulation.jakarta.application.evaluation.EvaluationJobs} port on Liberty's job operator.
 */
package vn.emulation.jakarta.infrastructure.batch;
