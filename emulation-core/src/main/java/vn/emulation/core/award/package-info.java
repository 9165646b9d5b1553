/**
 * What can be won and when (hình thức khen thưởng): award forms with their granting authority and
 * dossier requirements, and the occasions on which awards are considered.
 */
package vn.emulation.core.award;
