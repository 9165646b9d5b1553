package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.audit.AuditChain;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditEvent;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.interfaces.rest.AuditView.EntryView;
import vn.emulation.jakarta.interfaces.rest.AuditView.VerificationView;

/** The audit endpoints' JSON as JSON-B (the server's Yasson) writes it. */
class AuditViewTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  private static List<AuditEntry> chain(String... afterStates) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead head = AuditHead.empty();
    for (String after : afterStates) {
      AuditEntry e =
          AuditChain.append(
              head,
              new AuditEvent(
                  Instant.parse("2025-07-01T01:30:00.125Z"),
                  "hoa.tran",
                  "officer",
                  null,
                  "unit.close",
                  "units/30730",
                  null,
                  after));
      entries.add(e);
      head = new AuditHead(e.seq(), e.hash());
    }
    return entries;
  }

  @Test
  void anIntactChainSaysSoWithAnExplicitNull() {
    String json =
        JSONB.toJson(VerificationView.of(AuditChain.verify(chain("{}", "{}")), Locale.ENGLISH));

    assertThat(json).isEqualTo("{\"checked\":2,\"firstBroken\":null,\"intact\":true}");
  }

  @Test
  void aBrokenChainNamesTheEntryInTheReadersLanguage() {
    List<AuditEntry> entries = chain("{}", "{}", "{}");
    AuditEntry second = entries.get(1);
    entries.set(
        1,
        new AuditEntry(
            2,
            second.recordedAt(),
            second.actor(),
            second.actorRole(),
            second.actorUnit(),
            second.action(),
            second.target(),
            null,
            "{\"x\":1}",
            second.previousHash(),
            second.hash()));

    String en = JSONB.toJson(VerificationView.of(AuditChain.verify(entries), Locale.ENGLISH));
    String vi =
        JSONB.toJson(VerificationView.of(AuditChain.verify(entries), Locale.forLanguageTag("vi")));

    assertThat(en)
        .contains(
            "\"intact\":false",
            "\"checked\":2",
            "\"seq\":2",
            "\"kind\":\"CONTENT_CHANGED\"",
            "\"reason\":\"Entry 2 was changed");
    assertThat(vi).contains("\"reason\":\"Nội dung mục 2 đã bị sửa");
  }

  @Test
  void anEntryEmbedsItsStatesAsJson() {
    AuditEntry e = chain("{\"name\":\"Phường Vĩnh Thanh Vân\",\"closedOn\":\"2025-07-01\"}").get(0);

    String json = JSONB.toJson(EntryView.of(e));

    assertThat(json)
        .contains(
            "\"after\":{\"name\":\"Phường Vĩnh Thanh Vân\"," + "\"closedOn\":\"2025-07-01\"}",
            "\"recordedAt\":\"2025-07-01T01:30:00.125Z\"",
            "\"seq\":1",
            "\"hash\":\"" + e.hash() + "\"")
        .doesNotContain("\"before\"");
  }

  @Test
  void aStateThatNoLongerParsesIsShownAsText() {
    AuditEntry e = chain("{\"name\":").get(0);

    assertThat(JSONB.toJson(EntryView.of(e))).contains("\"after\":\"{\\\"name\\\":\"");
  }
}
