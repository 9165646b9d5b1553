package vn.emulation.jakarta.infrastructure.mail;

import java.util.Optional;
import java.util.Properties;

/**
 * Where notices are mailed from (ADR 0046; README lists the keys): the SMTP server's host (none: no
 * mail), port, whether to use STARTTLS, the account and its password when the server asks for one,
 * and the sender's address. Immutable.
 *
 * @param host {@code emulation.mail.smtp.host}; empty: no mail
 * @param port {@code emulation.mail.smtp.port}, 25 by default
 * @param startTls {@code emulation.mail.smtp.starttls}, false by default
 * @param user {@code emulation.mail.smtp.user}, none by default
 * @param password {@code emulation.mail.smtp.password}
 * @param from {@code emulation.mail.from}, the sender's address
 */
public record MailSettings(
    Optional<String> host,
    int port,
    boolean startTls,
    Optional<String> user,
    Optional<String> password,
    String from) {

  /** No server: no mail. */
  public static MailSettings none() {
    return new MailSettings(
        Optional.empty(), 25, false, Optional.empty(), Optional.empty(), "no-reply@localhost");
  }

  /** Whether a server is named. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The Jakarta Mail session's properties. */
  Properties properties() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host.orElse("localhost"));
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    p.put("mail.smtp.starttls.required", String.valueOf(startTls));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    p.put("mail.mime.charset", "UTF-8");
    return p;
  }
}
