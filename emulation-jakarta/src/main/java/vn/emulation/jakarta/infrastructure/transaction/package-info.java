/**
 * Container plumbing of the use cases' transactions: the two interceptors bound to {@code
 * Transactional} that carry a refusal past Liberty's transaction manager (ADR 12). They live here,
 * not in the application, because they know JTA and JPA's {@code OptimisticLockException}, which
 * the application never sees (ADR 0021).
 */
package vn.emulation.jakarta.infrastructure.transaction;
