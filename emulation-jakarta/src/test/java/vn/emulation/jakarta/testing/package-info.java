/**
 * In-memory implementations of the application's ports, holding maps: the use cases are tested
 * against them without a container or a database (ADR 0021). Each behaves as its JPA counterpart
 * does where a use case can tell (versions that grow with a change, pages in the same order,
 * append-only audit), and nothing more.
 */
package vn.emulation.jakarta.testing;
