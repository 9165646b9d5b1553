/**
 * Who competes in a movement (đối tượng thi đua): collectives and individuals, each in a category
 * that decides which specific criteria apply to it, and each attached to an administrative unit.
 */
package vn.emulation.core.participant;
