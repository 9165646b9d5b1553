/**
 * Stored evaluation runs: an occasion's verdicts computed once, on a day, by someone, and kept
 * unchanged, so that a nomination, an appraisal and the council refer to the verdict they saw.
 */
package vn.emulation.jakarta.application.evaluation;
