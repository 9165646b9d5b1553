package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's notices and anchors through the API (ADR 0045, 0046), on a fresh city of its own: a
 * ward sends its registration and Home Affairs finds the notice of it; Home Affairs returns it with
 * a reason and the ward's staff find the notice with the reason, unread, then read, while another
 * ward's staff find none; an administrator takes an anchor of the audit head, which the open data
 * publishes to anyone as JSON and CSV with the published reads' ETag (304 when unchanged), and the
 * chain verifies against the anchors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesAndAnchorsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private URI base() {
    return URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  private Api.Reply send(
      String method, String path, String token, String ifMatch, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base().resolve(path)).header("Accept-Language", "vi");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return exchange(b);
  }

  private static Api.Reply exchange(HttpRequest.Builder b) {
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

  private Api.Reply json(String method, String path, String token, String ifMatch, String json) {
    return send(
        method, path, token, ifMatch, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonObject> items(Api.Reply r) {
    return r.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> of(Api.Reply r, String caseId) {
    return items(r).stream().filter(n -> n.getString("caseId").equals(caseId)).toList();
  }

  @Test
  void theReturnIsNoticedToTheWardWithItsReasonAndTheSendingToHomeAffairs() {
    FreshCity w = FreshCity.create(deployment);
    String ubndA =
        w.participant("ubnd-a", "COLLECTIVE", "UBND phường Một", "WARD_COMMITTEES", w.wardA);
    Api api = new Api(deployment);
    String wardStaff = api.tokenOf("reporter.vinhlac", w.wardA);
    String otherWard = api.tokenOf("reporter.rachsoi", w.wardB);
    String officer = api.tokenOf("officer");
    String registrations = "api/plans/" + w.plan + "/registrations";

    Api.Reply opened =
        json(
            "POST",
            registrations,
            wardStaff,
            null,
            "{\"unitCode\":\"" + w.wardA + "\",\"participantIds\":[\"" + ubndA + "\"]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.object().getString("id");
    String one = registrations + "/" + id;
    Api.Reply attached =
        send(
            "PUT",
            one + "/own-plan?filename=" + URLEncoder.encode("ke-hoach.pdf", StandardCharsets.UTF_8),
            wardStaff,
            "\"1\"",
            "application/pdf",
            PDF);
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    assertThat(of(send("GET", "api/notices", wardStaff, null, null, null), id))
        .as("opening and amending tell nobody")
        .isEmpty();

    Api.Reply sent = json("POST", one + "/submit", wardStaff, "\"2\"", "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);

    // Home Affairs is told of the sending, the ward is not
    List<JsonObject> toOfficer = of(send("GET", "api/notices", officer, null, null, null), id);
    assertThat(toOfficer).hasSize(1);
    assertThat(toOfficer.get(0).getString("kind")).isEqualTo("SUBMITTED");
    assertThat(toOfficer.get(0).getString("audience")).isEqualTo("HOME_AFFAIRS");
    assertThat(of(send("GET", "api/notices", wardStaff, null, null, null), id)).isEmpty();

    String reason = "Kế hoạch của đơn vị chưa có chữ ký của Chủ tịch UBND phường; đề nghị bổ sung";
    Api.Reply returned =
        json("POST", one + "/return", officer, "\"3\"", "{\"reason\":\"" + reason + "\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);

    long unreadBefore =
        send("GET", "api/notices/unread", wardStaff, null, null, null)
            .object()
            .getJsonNumber("unread")
            .longValue();
    Api.Reply mine = send("GET", "api/notices?unread=true", wardStaff, null, null, null);
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    List<JsonObject> toWard = of(mine, id);
    assertThat(toWard).hasSize(1);
    JsonObject notice = toWard.get(0);
    assertThat(notice.getString("kind")).isEqualTo("RETURNED");
    assertThat(notice.getString("audience")).isEqualTo("UNIT_STAFF");
    assertThat(notice.getString("unitCode")).isEqualTo(w.wardA);
    assertThat(notice.getString("caseKind")).isEqualTo("registration");
    assertThat(notice.getString("reason")).isEqualTo(reason);
    assertThat(notice.getBoolean("read")).isFalse();
    assertThat(notice.getJsonObject("subject").getString("vi"))
        .isEqualTo("Trả lại để chỉnh sửa: bản đăng ký thi đua của đơn vị " + w.wardA);
    assertThat(notice.getJsonObject("body").getString("vi")).contains("Lý do: " + reason);
    assertThat(notice.getJsonObject("body").getString("en")).contains("Reason: " + reason);
    assertThat(unreadBefore).isGreaterThanOrEqualTo(1);

    // another ward's staff are not told; the ward's staff mark it read
    assertThat(of(send("GET", "api/notices", otherWard, null, null, null), id)).isEmpty();
    assertThat(
            send(
                    "POST",
                    "api/notices/" + notice.getString("id") + "/read",
                    otherWard,
                    null,
                    null,
                    null)
                .status())
        .as("another ward's notice reads as unknown")
        .isEqualTo(404);
    Api.Reply read =
        send(
            "POST", "api/notices/" + notice.getString("id") + "/read", wardStaff, null, null, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.object().getBoolean("read")).isTrue();
    assertThat(
            send("GET", "api/notices/unread", wardStaff, null, null, null)
                .object()
                .getJsonNumber("unread")
                .longValue())
        .isEqualTo(unreadBefore - 1);
    assertThat(of(send("GET", "api/notices?unread=true", wardStaff, null, null, null), id))
        .isEmpty();

    // the settings: a bad address and language are named, nothing saved; good ones kept
    Api.Reply bad =
        json(
            "PUT",
            "api/notices/settings",
            wardStaff,
            null,
            "{\"language\":\"fr\",\"email\":\"x\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(
            bad.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList())
        .containsExactly("language", "email");
    Api.Reply saved =
        json(
            "PUT",
            "api/notices/settings",
            wardStaff,
            null,
            "{\"language\":\"en\",\"email\":\"vinhlac@phuong.example\"}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    Api.Reply settings = send("GET", "api/notices/settings", wardStaff, null, null, null);
    assertThat(settings.object().getString("language")).isEqualTo("en");
    assertThat(settings.object().getString("email")).isEqualTo("vinhlac@phuong.example");
  }

  @Test
  void anAnchorIsPublishedToAnyoneAndTheChainVerifiesAgainstIt() {
    Api api = new Api(deployment);
    String admin = api.tokenOf("admin");
    String officer = api.tokenOf("officer");

    byte[] none = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(send("POST", "api/audit/anchors", officer, null, "application/json", none).status())
        .isEqualTo(403);
    Api.Reply refused =
        send(
            "POST",
            "api/audit/anchors",
            admin,
            null,
            "application/json",
            "{\"day\":\"2026-01-01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    Api.Reply taken = send("POST", "api/audit/anchors", admin, null, "application/json", none);
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    JsonObject anchor = taken.object();
    long number = anchor.getJsonNumber("number").longValue();
    String hash = anchor.getString("headHash");
    long seq = anchor.getJsonNumber("headSeq").longValue();
    assertThat(hash).hasSize(64);
    assertThat(anchor.getBoolean("scheduled")).isFalse();

    // the anchor's own audit entry comes right after the head it names
    Api.Reply log = send("GET", "api/audit?action=audit.anchor&size=1", admin, null, null, null);
    JsonObject entry = items(log).get(0);
    assertThat(entry.getJsonNumber("seq").longValue()).isEqualTo(seq + 1);
    assertThat(entry.getString("previousHash")).isEqualTo(hash);

    Api.Reply published = send("GET", "api/open-data/audit/anchors.json", null, null, null, null);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.object().getString("format")).isEqualTo("emulation-audit-anchors/1");
    List<JsonObject> anchors =
        published.object().getJsonArray("anchors").getValuesAs(JsonObject.class);
    assertThat(anchors)
        .filteredOn(a -> a.getJsonNumber("number").longValue() == number)
        .singleElement()
        .satisfies(a -> assertThat(a.getString("headHash")).isEqualTo(hash));
    String tag = published.header("ETag");
    assertThat(tag).isNotBlank();
    assertThat(published.header("Cache-Control")).contains("public");
    Api.Reply again =
        exchange(
            HttpRequest.newBuilder(base().resolve("api/open-data/audit/anchors.json"))
                .header("If-None-Match", tag)
                .GET());
    assertThat(again.status()).isEqualTo(304);

    Api.Reply csv = send("GET", "api/open-data/audit/anchors.csv", null, null, null, null);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFFanchor_number,day,head_seq,head_hash,anchored_at,taken_by,scheduled")
        .contains(number + "," + anchor.getString("day") + "," + seq + "," + hash + ",");

    Api.Reply verified = send("GET", "api/audit/anchors/verification", admin, null, null, null);
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    assertThat(verified.object().getBoolean("intact")).isTrue();
    assertThat(verified.object().getJsonNumber("anchorsChecked").longValue())
        .isGreaterThanOrEqualTo(number);
    assertThat(verified.object().isNull("firstMismatch")).isTrue();
  }
}
