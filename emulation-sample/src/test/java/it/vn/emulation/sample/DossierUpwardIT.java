package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The electronic dossier upward end to end (issue 13, ADR 0052): a nomination of a fresh city taken
 * through the list, the council and the submission to the city's chairman, for whom the Giấy khen
 * is a proposal upward; the dossier exported (Home Affairs and the Chairman, the same bytes each
 * time, every file's SHA-256 as the manifest lists it), then received into a second plan on the
 * same server standing for the province: a byte of a file changed is refused naming the file, a
 * changed manifest fails its signature, nothing stored; the good dossier becomes a received
 * nomination, once; both directions audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DossierUpwardIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String OCCASION = "ANNUAL-2023";
  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String DECLARED =
      "\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-TASKS\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-UNITY\":{\"answer\":\"YES\",\"reference\":\"BB-02\"},"
          + "\"GEN-PARTY\":{\"answer\":\"YES\",\"reference\":\"QĐ-03\"},"
          + "\"GEN-NO-VIOLATION\":{\"answer\":\"YES\",\"reference\":\"XN-04\"},"
          + "\"C-DIGITAL-PLATFORMS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-E-CONTRACTS-INVOICES\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CASHLESS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"BC-06\"}";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

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

  private Api.Reply get(String path, String token) {
    return send("GET", path, token, null, null, null);
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> fields(Api.Reply r) {
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  /** The reply's ETag, once it is a success. */
  private static String ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.header("ETag");
  }

  private static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : List.of("[Content_Types].xml", "word/document.xml")) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A nomination of {@code participant} for the Giấy khen, sent and found eligible: its id. */
  private String appraised(String nominations, String ward, String officer, String participant) {
    Api.Reply opened =
        json(
            "POST",
            nominations,
            ward,
            null,
            "{\"occasionCode\":\""
                + OCCASION
                + "\",\"participantId\":\""
                + participant
                + "\",\"awardFormCode\":\""
                + GIAY_KHEN
                + "\",\"lawFormCode\":\"GIAY_KHEN\",\"sets\":1,\"documents\":[\"SUBMISSION\"]}");
    String id = opened.object().getString("id");
    String one = nominations + "/" + id;
    String v = ok(opened);
    v =
        ok(
            send(
                "PUT",
                one + "/documents/SUBMISSION/files?filename=t.pdf",
                ward,
                v,
                "application/pdf",
                PDF));
    v =
        ok(
            send(
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=b.png",
                ward,
                v,
                "image/png",
                PNG));
    v =
        ok(
            send(
                "PUT",
                one + "/documents/REVIEW_MINUTES/files?filename=m.docx",
                ward,
                v,
                null,
                docx()));
    v = ok(json("POST", one + "/submit", ward, v, "{}"));
    ok(json("POST", one + "/eligible", officer, v, "{}"));
    return id;
  }

  /** The raw bytes of a GET. */
  private HttpResponse<byte[]> download(String path, String token) {
    HttpRequest r =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private Api.Reply importInto(String plan, String token, byte[] zip) {
    return send(
        "POST",
        "api/plans/" + plan + "/received-dossiers?office=DEPARTMENT_HEAD",
        token,
        null,
        "application/zip",
        zip);
  }

  @Test
  void aCitysProposalUpwardIsExportedSignedAndReceivedByTheProvince() {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 =
        w.participant(
            "e1", "COLLECTIVE", "Công ty TNHH Một Thành Viên Ánh Dương", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    String council = api.tokenOf("council");
    String chairman = api.tokenOf("chairman");
    String admin = api.tokenOf("admin");
    String plan = "api/plans/" + w.plan;
    String n1 = appraised(plan + "/nominations", ward, officer, e1);

    // steps 5-6, as short as the law allows: the list published and closed, the council's vote
    String announcements = plan + "/announcements";
    Api.Reply prepared =
        json("POST", announcements, officer, null, "{\"occasionCode\":\"" + OCCASION + "\"}");
    String aid = prepared.object().getString("id");
    String a = announcements + "/" + aid;
    String v =
        ok(
            json(
                "POST",
                a + "/publish",
                officer,
                ok(prepared),
                "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}"));
    ok(json("POST", a + "/close", officer, v, "{\"closedOn\":\"2026-02-09\"}"));
    String meetings = plan + "/council-meetings";
    Api.Reply convened =
        json(
            "POST",
            meetings,
            officer,
            null,
            "{\"day\":\"2026-02-10\",\"members\":[{\"id\":\"council\",\"name\":\"Lê Văn Phúc\","
                + "\"role\":\"CHAIR\"},{\"id\":\"pho.chu.tich\",\"name\":\"Trần Thị Hai\","
                + "\"role\":\"VICE_CHAIR\"}],\"present\":[\"council\",\"pho.chu.tich\"],"
                + "\"place\":\"Hội trường UBND\",\"announcementId\":\""
                + aid
                + "\"}");
    String m = meetings + "/" + convened.object().getString("id");
    v = ok(json("POST", m + "/open-voting", officer, ok(convened), "{}"));
    v = ok(json("POST", m + "/votes", council, v, vote(null, n1, "FOR")));
    v = ok(json("POST", m + "/votes", officer, v, vote("pho.chu.tich", n1, "FOR")));
    ok(json("POST", m + "/close", officer, v, "{}"));
    String mid = convened.object().getString("id");

    // step 7 to the city's chairman: since 1 July 2025 the Giấy khen is above it, a proposal
    Api.Reply submitted =
        json(
            "POST",
            plan + "/submissions",
            officer,
            null,
            "{\"meetingId\":\""
                + mid
                + "\",\"office\":\"DISTRICT_CHAIRMAN\",\"submittedOn\":\"2026-02-11\"}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String sid = submitted.object().getString("id");
    assertThat(submitted.object().getJsonArray("proposals")).hasSize(1);
    String dossier = plan + "/submissions/" + sid + "/dossier.zip";

    // the export: Home Affairs or the Chairman, never a ward; the same bytes each time
    assertThat(download(dossier, ward).statusCode()).isEqualTo(403);
    HttpResponse<byte[]> exported = download(dossier, officer);
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/zip");
    byte[] zip = exported.body();
    assertThat(download(dossier, chairman).body()).isEqualTo(zip);
    Map<String, byte[]> entries = unzip(zip);
    assertThat(entries.keySet())
        .contains("manifest.json", "manifest.json.p7s", "submission/to-trinh.pdf");
    JsonObject manifest =
        Json.createReader(new ByteArrayInputStream(entries.get("manifest.json"))).readObject();
    assertThat(manifest.getString("format")).isEqualTo("emulation-dossier/1");
    JsonObject nominee = manifest.getJsonArray("nominees").getJsonObject(0);
    assertThat(nominee.getString("name")).isEqualTo("Công ty TNHH Một Thành Viên Ánh Dương");
    assertThat(nominee.getString("nominationId")).isEqualTo(n1);
    List<JsonObject> files = manifest.getJsonArray("files").getValuesAs(JsonObject.class);
    assertThat(files).hasSize(4);
    for (JsonObject f : files) {
      assertThat(sha256(entries.get(f.getString("path")))).isEqualTo(f.getString("sha256"));
    }

    // the province: a second plan on the same server, with the sample's test CA as trust anchor
    String province = "it-tinh-" + w.run;
    Api.Reply created =
        json(
            "POST",
            "api/plans",
            admin,
            null,
            Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + province + "\""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String received = "api/plans/" + province + "/received-dossiers";

    // a byte of the nominee's PDF changed: refused naming the file, nothing stored
    String pdfPath =
        files.stream()
            .map(f -> f.getString("path"))
            .filter(p -> p.contains("/SUBMISSION/"))
            .findFirst()
            .orElseThrow();
    Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
    byte[] changed = tampered.get(pdfPath).clone();
    changed[changed.length - 3] ^= 1;
    tampered.put(pdfPath, changed);
    Api.Reply refused = importInto(province, officer, zip(tampered));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("files[" + indexOf(files, pdfPath) + "].sha256");
    assertThat(refused.body()).contains(pdfPath);
    // the manifest changed: its signature no longer holds
    Map<String, byte[]> forged = new LinkedHashMap<>(entries);
    forged.put(
        "manifest.json",
        new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
            .replace("Ánh Dương", "Ánh Dưong")
            .getBytes(StandardCharsets.UTF_8));
    Api.Reply unsigned = importInto(province, officer, zip(forged));
    assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(400);
    assertThat(fields(unsigned)).containsExactly("signature");
    assertThat(get(received, officer).object().getJsonArray("items")).isEmpty();

    // only Home Affairs receives; the good dossier becomes one received nomination
    assertThat(importInto(province, ward, zip).status()).isEqualTo(403);
    Api.Reply got = importInto(province, officer, zip);
    assertThat(got.status()).as(got.body()).isEqualTo(201);
    JsonObject r = got.object().getJsonArray("received").getJsonObject(0);
    assertThat(r.getString("state")).isEqualTo("RECEIVED");
    assertThat(r.getString("sourceNomination")).isEqualTo(n1);
    assertThat(r.getString("nomineeName")).isEqualTo("Công ty TNHH Một Thành Viên Ánh Dương");
    assertThat(r.getString("from")).isEqualTo("DISTRICT_CHAIRMAN");
    assertThat(r.getString("to")).isEqualTo("DEPARTMENT_HEAD");
    assertThat(r.getJsonArray("files")).hasSize(4);
    // received once
    Api.Reply twice = importInto(province, officer, zip);
    assertThat(twice.status()).as(twice.body()).isEqualTo(400);
    assertThat(fields(twice)).containsExactly("nominees[0].nominationId");
    List<JsonObject> listed =
        get(received, officer).object().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(listed).extracting(x -> x.getString("id")).containsExactly(r.getString("id"));
    assertThat(get(received + "/" + r.getString("id"), officer).status()).isEqualTo(200);

    // both directions are in the audit log
    assertThat(actions("plans/" + w.plan + "/submissions/" + sid, admin))
        .contains("submission.open", "submission.dossier");
    assertThat(actions("plans/" + province + "/received-dossiers/" + r.getString("id"), admin))
        .containsExactly("received.receive");
  }

  private static int indexOf(List<JsonObject> files, String path) {
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).getString("path").equals(path)) {
        return i;
      }
    }
    throw new AssertionError(path);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String vote(String member, String nomination, String choice) {
    return "{"
        + (member == null ? "" : "\"memberId\":\"" + member + "\",")
        + "\"nominationId\":\""
        + nomination
        + "\",\"choice\":\""
        + choice
        + "\"}";
  }

  private List<String> actions(String target, String admin) {
    Api.Reply audit = get("api/audit?size=50&target=" + target, admin);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    return audit.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("action"))
        .toList();
  }
}
