package vn.emulation.jakarta.application.notice;

/**
 * The port that mails a notice: Jakarta Mail to the configured SMTP server ({@code
 * infrastructure.mail}), or nothing when none is configured.
 */
public interface NoticeMail {

  /** Whether a server is configured: otherwise no mail is sent. */
  boolean configured();

  /**
   * Sends one mail, plain text in UTF-8.
   *
   * @throws RuntimeException when the server refuses it or cannot be reached
   */
  void send(String to, String subject, String body);
}
