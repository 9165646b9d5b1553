package vn.emulation.core.unit;

/**
 * A unit code that the hierarchy does not know, or a unit asked about on a day it did not exist.
 */
public class UnknownUnitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public UnknownUnitException(String code, String detail) {
    super("unknown unit " + code + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.code = code;
  }

  public String code() {
    return code;
  }
}
