/**
 * The tamper-evident audit log: every write of a use case records who made it, in which role and
 * unit, when, and the state before and after, in an append-only table whose entries are chained by
 * SHA-256 ({@link vn.emulation.jakarta.application.audit.AuditChain}); {@link
 * vn.emulation.jakarta.application.audit.AuditTrail} writes it inside the use case's transaction,
 * and {@link vn.emulation.jakarta.application.audit.AuditLog} lists it and verifies the chain,
 * naming the first entry that is not as it was written.
 */
package vn.emulation.jakarta.application.audit;
