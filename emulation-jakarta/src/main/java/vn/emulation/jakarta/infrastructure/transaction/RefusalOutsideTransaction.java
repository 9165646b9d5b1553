package vn.emulation.jakarta.infrastructure.transaction;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Outside the transaction of every {@code @Transactional} method: throws again the refusal that
 * {@link RefusalInsideTransaction} carried past the transaction manager (see there why), after the
 * transaction rolled back.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class RefusalOutsideTransaction {

  @AroundInvoke
  Object rethrow(InvocationContext call) throws Exception {
    Refusals.take();
    Object result;
    try {
      result = call.proceed();
    } catch (Exception e) {
      RuntimeException refusal = Refusals.take();
      throw refusal != null ? refusal : e;
    }
    RuntimeException refusal = Refusals.take();
    if (refusal != null) {
      throw refusal;
    }
    return result;
  }
}
