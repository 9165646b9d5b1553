package vn.emulation.core.procedure;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * The grounds on which the law annuls an award decision and recovers the artefact and the prize
 * money (Law 06/2022 art. 93.2, LAW.md §1.7).
 */
public enum RevocationGround {
  /** 93.2.a: achievements declared fraudulently (gian dối trong việc kê khai thành tích). */
  FRAUDULENT_DECLARATION("a", "procedure.revocation.ground.a"),
  /** 93.2.b: false information given or documents forged. */
  FALSE_INFORMATION_OR_FORGERY("b", "procedure.revocation.ground.b"),
  /** 93.2.c: the appraisal, review or proposal was contrary to law. */
  UNLAWFUL_APPRAISAL_OR_PROPOSAL("c", "procedure.revocation.ground.c"),
  /**
   * 93.2.d: a conclusion, decision or judgment finds violations or shortcomings in the period of
   * the achievement that mean the criteria were not met.
   */
  VIOLATION_FOUND_LATER("d", "procedure.revocation.ground.d");

  private final String point;
  private final String key;

  RevocationGround(String point, String key) {
    this.point = point;
    this.key = key;
  }

  /** The point of art. 93.2 ("a" … "d"). */
  public String point() {
    return point;
  }

  /** The provision, "Điều 93 khoản 2 điểm a Luật Thi đua, khen thưởng". */
  public LocalizedText provision() {
    return Messages.text("procedure.revocation.provision", point);
  }

  /** What the ground is, in both languages. */
  public LocalizedText label() {
    return Messages.text(key);
  }
}
