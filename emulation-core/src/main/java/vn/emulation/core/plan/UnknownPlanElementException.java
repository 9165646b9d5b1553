package vn.emulation.core.plan;

/**
 * A code that the plan does not contain: an occasion, a category, an award form. Carries what was
 * looked for and in which plan.
 */
public class UnknownPlanElementException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String code;

  public UnknownPlanElementException(String planCode, String kind, String code) {
    super("plan " + planCode + " has no " + kind + " \"" + code + "\"");
    this.kind = kind;
    this.code = code;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
