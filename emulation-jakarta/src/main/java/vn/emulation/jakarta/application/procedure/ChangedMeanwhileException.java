package vn.emulation.jakarta.application.procedure;

/**
 * Someone else changed a procedure case after the command read it: the store matched no row at the
 * version read, and nothing was stored. The use case answers it as a stale precondition (412).
 */
public class ChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ChangedMeanwhileException(String id, long readVersion) {
    super("case " + id + " is no longer at version " + readVersion);
  }
}
