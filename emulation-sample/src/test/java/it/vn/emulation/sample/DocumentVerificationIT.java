package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.AwardDocuments;
import vn.emulation.core.document.Names;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Minutes;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.NomineeResult;
import vn.emulation.core.procedure.Submission;
import vn.emulation.jakarta.format.document.AdministrativePdf;
import vn.emulation.jakarta.format.document.DocumentTemplate;
import vn.emulation.jakarta.format.document.RenderedPdf;
import vn.emulation.jakarta.format.law.BuiltInLaw;
import vn.emulation.jakarta.format.signature.PadesSigner;
import vn.emulation.jakarta.format.signature.SigningKey;
import vn.emulation.jakarta.format.signature.TestAuthority;

/**
 * The verify endpoint on the sample (ADR 0042): a decision signed with the test signer the sample
 * made at its first start is trusted and unchanged; the same file with one byte changed is not
 * unchanged; a signer of another CA is not trusted; what is no PDF is a 400 naming the body; nobody
 * signed in gets 401; the audit log's head does not move (nothing is stored).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentVerificationIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path SERVER =
      Path.of("target", "liberty", "wlp", "usr", "servers", "emulationServer");
  private static final Path KEYSTORE =
      SERVER.resolve("resources").resolve("security").resolve("emulation-signer.p12");
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 3, 10, 9, 3, 27, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String PATH = "api/documents/verifications";

  private static RenderedPdf decision;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  @BeforeAll
  static void layOut() {
    decision = AdministrativePdf.render(decisionDocument(), Optional.empty(), AT);
  }

  private Api.Reply post(String token, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(PATH))
            .header("Accept-Language", "vi");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.POST(HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSamplesSignerIsTrustedAndOneChangedByteIsSeen() throws Exception {
    assertThat(KEYSTORE).as("the sample made its test signer at its first start").exists();
    SigningKey key =
        SigningKey.pkcs12(KEYSTORE, "emulation-sample".toCharArray(), TestAuthority.ALIAS);
    // signed now: the sample's test CA is valid from the day before its first start
    ZonedDateTime now =
        ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.SECONDS);
    byte[] signed =
        PadesSigner.sign(decision.bytes(), key, decision.signature(), "Ký ban hành", now);
    Api api = new Api(deployment);
    String chairman = api.tokenOf("chairman");
    String admin = api.tokenOf("admin");
    String headBefore = auditHead(api, admin);

    Api.Reply ok = post(chairman, "application/pdf", signed);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonObject answer = ok.object();
    assertThat(answer.getBoolean("signed")).isTrue();
    assertThat(answer.getBoolean("valid")).as(ok.body()).isTrue();
    JsonObject s = answer.getJsonArray("signatures").getJsonObject(0);
    assertThat(s.getString("signer")).isEqualTo(PadesSignerCn.of(key));
    assertThat(s.getString("subject")).contains("O=emulation sample");
    assertThat(s.getString("signedAt"))
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now))
        .endsWith("+07:00");
    assertThat(s.getString("subFilter")).isEqualTo("ETSI.CAdES.detached");
    assertThat(s.getBoolean("trusted")).isTrue();
    assertThat(s.getBoolean("signingCertificateBound")).isTrue();
    assertThat(s.getBoolean("wholeDocument")).isTrue();
    assertThat(s.getBoolean("digestMatches")).isTrue();
    assertThat(s.getBoolean("unchanged")).isTrue();
    assertThat(s.getJsonArray("reasons")).isEmpty();

    byte[] changed = signed.clone();
    int second = new String(signed, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
    changed[second] ^= 0x01;
    Api.Reply bad = post(chairman, "application/pdf", changed);
    assertThat(bad.status()).as(bad.body()).isEqualTo(200);
    JsonObject b = bad.object().getJsonArray("signatures").getJsonObject(0);
    assertThat(bad.object().getBoolean("valid")).isFalse();
    assertThat(b.getBoolean("digestMatches")).isFalse();
    assertThat(b.getBoolean("unchanged")).isFalse();
    assertThat(b.getBoolean("trusted")).isTrue();
    assertThat(b.getJsonArray("reasons").getJsonObject(0).getString("vi"))
        .contains("thay đổi sau khi ký");

    // a citizen signed in through the portal may verify a certificate too
    Api.Reply citizen = post(api.tokenOf("public"), "application/octet-stream", signed);
    assertThat(citizen.status()).as(citizen.body()).isEqualTo(200);
    assertThat(auditHead(api, admin)).as("nothing stored").isEqualTo(headBefore);
  }

  @Test
  void aSignerOfAnotherAuthorityIsNotTrusted() {
    TestAuthority other =
        TestAuthority.generate("CN=Other CA, C=VN", "CN=Người khác, C=VN", AT.toInstant());
    byte[] signed =
        PadesSigner.sign(decision.bytes(), other.signer(), decision.signature(), "x", AT);
    Api.Reply r = post(new Api(deployment).tokenOf("officer"), "application/pdf", signed);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject s = r.object().getJsonArray("signatures").getJsonObject(0);
    assertThat(s.getString("signer")).isEqualTo("Người khác");
    assertThat(s.getBoolean("trusted")).isFalse();
    assertThat(s.getBoolean("unchanged")).isTrue();
    assertThat(r.object().getBoolean("valid")).isFalse();
  }

  @Test
  void anUnsignedPdfHasNoSignatureAndWhatIsNoPdfIsRefused() {
    String officer = new Api(deployment).tokenOf("officer");
    Api.Reply unsigned = post(officer, "application/pdf", decision.bytes());
    assertThat(unsigned.status()).isEqualTo(200);
    assertThat(unsigned.object().getBoolean("signed")).isFalse();
    assertThat(unsigned.object().getJsonArray("signatures")).isEmpty();

    for (byte[] body :
        List.of(
            "not a pdf".getBytes(StandardCharsets.UTF_8),
            new byte[0],
            "%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII))) {
      Api.Reply r = post(officer, "application/pdf", body);
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.object().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("body");
    }
    assertThat(post(null, "application/pdf", decision.bytes()).status()).isEqualTo(401);
  }

  private String auditHead(Api api, String admin) {
    Api.Reply r = api.call("GET", "api/audit?size=1", admin, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  /** The common name of the signer's certificate. */
  static final class PadesSignerCn {
    static String of(SigningKey key) throws javax.naming.InvalidNameException {
      return new javax.naming.ldap.LdapName(key.certificate().getSubjectX500Principal().getName())
          .getRdns().stream()
              .filter(r -> r.getType().equalsIgnoreCase("CN"))
              .map(r -> r.getValue().toString())
              .findFirst()
              .orElseThrow();
    }
  }

  static AdministrativeDocument decisionDocument() {
    LawRuleSet law = BuiltInLaw.ruleSet();
    DocumentTemplate template = DocumentTemplate.builtIn();
    Nominee a =
        new Nominee(
            "N-1", "p-1", Recipient.INDIVIDUAL, "RGW", "GIAY_KHEN", 2025, Eligibility.ELIGIBLE);
    Nominee b =
        new Nominee(
            "N-2", "c-1", Recipient.COLLECTIVE, "RGW", "GIAY_KHEN", 2025, Eligibility.ELIGIBLE);
    Minutes minutes =
        new Minutes(
            "H-1",
            LocalDate.of(2026, 3, 3),
            "Hội trường",
            List.of(new CouncilMember("m1", "Trần Văn Chủ", CouncilRole.CHAIR)),
            List.of(),
            CouncilComposition.DEFAULT_QUORUM,
            List.of(a, b).stream()
                .map(
                    n ->
                        new NomineeResult(
                            n, 1, 0, 0, 0, 1, CouncilComposition.DEFAULT_APPROVAL, true))
                .toList());
    Instant at = AT.toInstant();
    Decision d =
        Submission.prepare(
                "T-1", minutes, Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 3, 5), law, "hd", at)
            .decide(
                "GIAY_KHEN",
                "15/QĐ-UBND",
                LocalDate.of(2026, 3, 10),
                "Võ Minh Hoàng",
                AwardType.MOVEMENT,
                List.of("N-1", "N-2"),
                law,
                "chutich",
                at)
            .decisionOn("GIAY_KHEN")
            .orElseThrow();
    Names names =
        new Names() {
          @Override
          public String participant(String id) {
            return id.equals("p-1") ? "Nguyễn Thị Ánh Tuyết" : "Tổ dân phố Vĩnh Thanh Vân";
          }

          @Override
          public String unit(String code) {
            return "Phường Rạch Giá";
          }
        };
    return AwardDocuments.decision(
        d,
        "12/TTr-VHXH",
        LocalDate.of(2026, 3, 5),
        template.submitter(),
        template.decider(),
        law,
        names);
  }
}
