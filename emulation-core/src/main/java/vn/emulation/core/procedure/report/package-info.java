/**
 * Step 2 of the award procedure: a unit's yearly report on the movement (plan VI.1), sent by its
 * head with the year's figures and a narrative, approved (and so locked) or returned by Home
 * Affairs; reopening an approved report is a recorded act with its reason.
 */
package vn.emulation.core.procedure.report;
