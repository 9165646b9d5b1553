/**
 * Who is eligible for which award, and why: the {@link vn.emulation.core.evaluation.Evaluator}
 * compiles a plan once, then holds each participant's {@link vn.emulation.core.evaluation.Evidence}
 * against the criteria of every award form an occasion offers, giving a {@link
 * vn.emulation.core.evaluation.Verdict} that explains itself criterion by criterion.
 */
package vn.emulation.core.evaluation;
