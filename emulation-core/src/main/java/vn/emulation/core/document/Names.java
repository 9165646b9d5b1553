package vn.emulation.core.document;

/**
 * Whom a document names: the procedure's values carry identifiers, the document prints names. The
 * adapter answers them from its registers.
 */
public interface Names {

  /** The participant's name as printed: a person's full name, a collective's name. */
  String participant(String participantId);

  /** The unit's name as printed. */
  String unit(String unitCode);
}
