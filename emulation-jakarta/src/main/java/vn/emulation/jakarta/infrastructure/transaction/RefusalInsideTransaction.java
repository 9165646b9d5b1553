package vn.emulation.jakarta.infrastructure.transaction;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Inside the transaction of every {@code @Transactional} method: a refusal ({@link Refusals}) marks
 * the transaction for rollback and is handed, instead of thrown, to {@link
 * RefusalOutsideTransaction}, which throws it again once the transaction manager is done.
 *
 * <p>Why: Liberty's transaction interceptor runs the method through its unit-of-work manager, whose
 * exception handlers are instrumented by FFDC, so every exception passing through files an incident
 * report under {@code logs/ffdc} — one per rejected upload or unknown unit. A refusal is an answer,
 * not an incident. The transaction rolls back as before, and the caller gets the very same
 * exception; failures of the system still pass through and are filed.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class RefusalInsideTransaction {

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  Object handOver(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (RuntimeException e) {
      if (!Refusals.isRefusal(e)) {
        throw e;
      }
      if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        transactions.setRollbackOnly();
      }
      Refusals.carry(e);
      return Refusals.placeholder(call.getMethod().getReturnType());
    }
  }
}
