package vn.emulation.core.procedure;

/**
 * What the appraisal (thẩm định) by Home Affairs concluded of a nominee, as far as the later steps
 * need to know: only an eligible nominee is announced, put to the council and decided.
 */
public enum Eligibility {
  ELIGIBLE,
  NOT_ELIGIBLE
}
