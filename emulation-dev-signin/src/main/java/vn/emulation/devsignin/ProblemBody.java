package vn.emulation.devsignin;

import java.util.List;

/**
 * An RFC 9457 problem document, shaped like the emulation WAR's so that a client reads both alike.
 *
 * @param type a URN naming the kind of problem
 * @param title a short summary of the kind, in the reader's language
 * @param status the HTTP status
 * @param detail what happened this time
 * @param instance the request path
 * @param errors every wrong field and why
 */
public record ProblemBody(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One wrong field.
   *
   * @param field the field's name in the request
   * @param reason why, in the reader's language
   */
  public record FieldError(String field, String reason) {}
}
