package vn.emulation.jakarta.infrastructure.transaction;

import jakarta.persistence.OptimisticLockException;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.access.AccessDeniedException;

/**
 * The exceptions a use case answers a request with (bad input, not found, conflict, forbidden, a
 * failed precondition): refusals, which the REST layer turns into 4xx problems, as opposed to
 * failures of the system. {@link RefusalInsideTransaction} and {@link RefusalOutsideTransaction}
 * carry them past the transaction manager, which would otherwise file each as an incident.
 */
final class Refusals {

  /** The refusal of the current thread's innermost transactional call, between the two. */
  private static final ThreadLocal<RuntimeException> CARRIED = new ThreadLocal<>();

  private Refusals() {}

  static boolean isRefusal(Throwable e) {
    return e instanceof InvalidInputException
        || e instanceof NotFoundException
        || e instanceof ConflictException
        || e instanceof PreconditionFailedException
        || e instanceof PreconditionRequiredException
        || e instanceof CommandRefusedException
        || e instanceof AccessDeniedException
        || e instanceof OptimisticLockException;
  }

  static void carry(RuntimeException refusal) {
    CARRIED.set(refusal);
  }

  /** The refusal carried out of the call that just returned, if any; forgotten once taken. */
  static RuntimeException take() {
    RuntimeException refusal = CARRIED.get();
    CARRIED.remove();
    return refusal;
  }

  /** What a method of this return type returns in place of a value it never computed. */
  static Object placeholder(Class<?> type) {
    if (!type.isPrimitive() || type == void.class) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0;
  }
}
