package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployed server mails a notice (ADR 0046): the sample's own Liberty ({@link OwnServer}, on a
 * fresh PostgreSQL database), configured as a deployment is, by the environment ({@code
 * EMULATION_MAIL_SMTP_HOST}, {@code _PORT}, {@code EMULATION_MAIL_FROM}), to an SMTP server the
 * test starts (GreenMail). A ward's reporter saves an address and Vietnamese as the mails'
 * language; the ward sends its registration and Home Affairs returns it with a reason through the
 * API; the mail arrives at that address, from the configured sender, its subject and body in
 * Vietnamese with every diacritic of the reason, and nobody else is mailed (no one else gave an
 * address).
 */
class NoticeMailIT {

  private static final String DATABASE = "emulation_notice_mail";
  private static final String ADDRESS = "vinhlac@phuong.example";
  private static final String FROM = "thidua@rachgia.example";
  private static final String REASON =
      "Thiếu biên bản họp; đề nghị bổ sung chữ ký của Chủ tịch UBND phường."
          + " Kiểm tra dấu: àáảãạ ăằắẳẵặ âầấẩẫậ đĐ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ"
          + " ùúủũụ ưừứửữự ỳýỷỹỵ";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private static GreenMail smtp;
  private static OwnServer server;

  @BeforeAll
  static void anSmtpServerAndALibertyMailingToIt() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    OwnServer.freshDatabase(DATABASE);
    server =
        OwnServer.create("emulationMail", DATABASE, 9184, 9547)
            .withEnvironment("EMULATION_MAIL_SMTP_HOST", "127.0.0.1")
            .withEnvironment("EMULATION_MAIL_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()))
            .withEnvironment("EMULATION_MAIL_FROM", FROM);
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.stop();
      }
    } finally {
      if (smtp != null) {
        smtp.stop();
      }
    }
  }

  @Test
  void theReturnIsMailedToTheWardsAddressInVietnamese() throws Exception {
    FreshCity w = FreshCity.create(server.deployment());
    String ubndA =
        w.participant("ubnd-a", "COLLECTIVE", "UBND phường Một", "WARD_COMMITTEES", w.wardA);
    Api api = new Api(server.deployment());
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    StepPages p = new StepPages(null, server.deployment().toURI(), "mail");

    Api.Reply saved =
        p.json(
            ward,
            "PUT",
            "api/notices/settings",
            null,
            "{\"language\":\"vi\",\"email\":\"" + ADDRESS + "\"}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    String registrations = "api/plans/" + w.plan + "/registrations";
    Api.Reply opened =
        p.json(
            ward,
            "POST",
            registrations,
            null,
            "{\"unitCode\":\"" + w.wardA + "\",\"participantIds\":[\"" + ubndA + "\"]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String one = registrations + "/" + opened.object().getString("id");
    Api.Reply attached =
        p.as(
            ward,
            "PUT",
            one + "/own-plan?filename=" + URLEncoder.encode("ke-hoach.pdf", StandardCharsets.UTF_8),
            p.etag(ward, one),
            "application/pdf",
            PDF);
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    Api.Reply sent = p.json(ward, "POST", one + "/submit", p.etag(ward, one), "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(smtp.getReceivedMessages())
        .as("the sending is told to Home Affairs, who gave no address")
        .isEmpty();

    Api.Reply returned =
        p.json(
            officer,
            "POST",
            one + "/return",
            p.etag(officer, one),
            "{\"reason\":\"" + REASON + "\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);

    // the mail goes after the commit: waited for (bounded), not timed
    assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("a mail arrives").isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(ADDRESS);
    assertThat(addresses(mail.getFrom())).containsExactly(FROM);
    assertThat(mail.getSubject())
        .isEqualTo("Trả lại để chỉnh sửa: bản đăng ký thi đua của đơn vị " + w.wardA);
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body).contains("Lý do: " + REASON).doesNotContain("Reason:");

    // the same words as the notice the API lists
    JsonObject notice =
        p.read(ward, "api/notices").getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(n -> n.getString("kind").equals("RETURNED"))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo(notice.getJsonObject("subject").getString("vi"));
    assertThat(body.strip()).isEqualTo(notice.getJsonObject("body").getString("vi").strip());
  }

  private static List<String> addresses(Address[] all) {
    return Arrays.stream(all).map(Address::toString).toList();
  }
}
