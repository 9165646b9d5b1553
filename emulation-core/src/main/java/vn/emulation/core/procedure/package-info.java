/**
 * The award procedure that turns a verdict into an award (issue 12): each step a case of its own
 * with its states and commands — registration, the yearly movement report, nomination with its
 * dossier, appraisal, the public announcement, the council, the submission and decision, and
 * revocation. Every transition records who acted, when, from which state and why ({@link
 * vn.emulation.core.procedure.Transition}); a command the state does not allow is refused naming
 * the commands it does allow ({@link vn.emulation.core.procedure.CommandRefusedException}), from
 * one table per kind of case ({@link vn.emulation.core.procedure.Lifecycle}).
 */
package vn.emulation.core.procedure;
