/**
 * Who takes part in a plan's movement: {@link
 * vn.emulation.jakarta.application.participant.ParticipantRegistry} registers participants in the
 * plan's categories and keeps the evidence each holds for an occasion. Every write is checked
 * against the plan as a whole before anything is stored.
 */
package vn.emulation.jakarta.application.participant;
