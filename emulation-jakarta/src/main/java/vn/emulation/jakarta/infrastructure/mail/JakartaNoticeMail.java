package vn.emulation.jakarta.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.emulation.jakarta.application.notice.NoticeMail;

/**
 * The notices mailed through Jakarta Mail to the SMTP server MicroProfile Config names ({@code
 * emulation.mail.smtp.host} …, {@link MailSettings}); plain text, UTF-8, the subject encoded for
 * its Vietnamese. None named: no mail, said once in the log at start.
 */
@ApplicationScoped
public class JakartaNoticeMail implements NoticeMail {

  private static final Logger LOG = Logger.getLogger(JakartaNoticeMail.class.getName());

  @Inject
  @ConfigProperty(name = "emulation.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "emulation.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "emulation.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "emulation.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "emulation.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "emulation.mail.from", defaultValue = "no-reply@localhost")
  String from;

  private MailSettings settings;
  private Session session;

  protected JakartaNoticeMail() {}

  /** Mail on given settings: for tests outside a container. */
  public JakartaNoticeMail(MailSettings settings) {
    this.settings = settings;
    said();
  }

  @PostConstruct
  void configure() {
    settings =
        new MailSettings(
            host.filter(h -> !h.isBlank()),
            port,
            startTls,
            user.filter(u -> !u.isBlank()),
            password,
            from);
    said();
  }

  private void said() {
    if (settings.configured()) {
      LOG.info(
          () ->
              "notices are mailed through "
                  + settings.host().orElseThrow()
                  + ":"
                  + settings.port()
                  + " from "
                  + settings.from());
    } else {
      LOG.info("no SMTP server configured (emulation.mail.smtp.host): notices are not mailed");
    }
  }

  @Override
  public boolean configured() {
    return settings.configured();
  }

  @Override
  public void send(String to, String subject, String body) {
    if (!configured()) {
      throw new IllegalStateException("no SMTP server is configured");
    }
    try {
      MimeMessage m = new MimeMessage(session());
      m.setFrom(new InternetAddress(settings.from()));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(m);
    } catch (MessagingException e) {
      throw new IllegalStateException("the mail to " + to + " was not sent: " + e.getMessage(), e);
    }
  }

  private synchronized Session session() {
    if (session == null) {
      Authenticator auth =
          settings.user().isEmpty()
              ? null
              : new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(
                      settings.user().orElseThrow(), settings.password().orElse(""));
                }
              };
      session = Session.getInstance(settings.properties(), auth);
    }
    return session;
  }
}
