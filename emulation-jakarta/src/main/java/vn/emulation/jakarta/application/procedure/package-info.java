/**
 * The use cases of the award procedure's steps (issue 12, ADR 0036 and 0037): each reads a case,
 * gives it the core's command and stores it on the version the client read, with its transition in
 * the audit log in the same transaction. The rules are the core's; these classes translate.
 */
package vn.emulation.jakarta.application.procedure;
