/**
 * The use cases behind the progress, evaluation and open-data endpoints: where a unit and its
 * children stand against a plan's targets at a milestone, ranked, exported as CSV and JSON, and the
 * evidence and verdicts of participants on an occasion. Pure Java on the core model, so the REST
 * resources and the persistence adapter only feed and present it.
 */
package vn.emulation.jakarta.application.progress;
