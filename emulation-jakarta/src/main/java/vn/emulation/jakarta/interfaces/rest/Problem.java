package vn.emulation.jakarta.interfaces.rest;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with the list of field errors
 * that the standard allows as an extension member.
 *
 * @param type a URN naming the kind of problem
 * @param title a short summary of the kind, in the reader's language
 * @param status the HTTP status
 * @param detail what happened this time
 * @param instance the request path
 * @param errors every field that was wrong and why, empty when no field is to blame
 * @param problemsTotal how many problems were found, when {@code errors} lists only the first of
 *     them; {@code null} (absent) when it lists them all
 * @param allowed the commands the case's state allows, when a command was refused in it (409);
 *     {@code null} (absent) for every other problem
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Long problemsTotal,
    List<String> allowed) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<FieldError> errors) {
    this(type, title, status, detail, instance, errors, null, null);
  }

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<FieldError> errors,
      Long problemsTotal) {
    this(type, title, status, detail, instance, errors, problemsTotal, null);
  }

  /**
   * One wrong field.
   *
   * @param field where, as a path in the request ({@code targets[3].threshold}, {@code size})
   * @param reason why, in the reader's language
   */
  public record FieldError(String field, String reason) {}
}
