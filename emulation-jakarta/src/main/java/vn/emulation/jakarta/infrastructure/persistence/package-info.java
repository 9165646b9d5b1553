/**
 * Persistence of the model: Flyway migrations that own the schema, JPA entities separate from the
 * core's records, mappers between them, and the repositories the application layer uses.
 */
package vn.emulation.jakarta.infrastructure.persistence;
