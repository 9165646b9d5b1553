/**
 * The REST API (JAX-RS + JSON-B) under {@code /api}: resources, their transfer records, and the
 * exception mappers that turn every failure into an RFC 9457 problem in Vietnamese or English.
 */
package vn.emulation.jakarta.interfaces.rest;
