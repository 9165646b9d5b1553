package vn.emulation.jakarta.format.signature;

/** The bytes given are no PDF that can be read. */
public final class NotAPdfException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAPdfException() {
    super("not a readable PDF");
  }
}
