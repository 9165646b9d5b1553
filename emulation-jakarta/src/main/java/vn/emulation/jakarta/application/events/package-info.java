/**
 * What the use cases tell the rest of the system once it has happened: {@link
 * vn.emulation.jakarta.application.events.ApplicationEvents}, the port, and its small immutable
 * event records. The use cases call it inside their transaction; the adapter (CDI events observed
 * after a successful commit) delivers nothing for a change that rolled back (ADR 0023).
 */
package vn.emulation.jakarta.application.events;
