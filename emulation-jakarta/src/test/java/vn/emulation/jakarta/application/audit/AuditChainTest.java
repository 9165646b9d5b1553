package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emulation.jakarta.application.audit.ChainBreak.Kind;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2025-07-01T01:30:00.125Z");

  /** The n-th write of a morning: a ward reporter's reports, a Home Affairs officer's closings. */
  private static AuditEvent event(int n) {
    return n % 2 == 0
        ? new AuditEvent(
            T0.plusSeconds(n),
            "lan.nguyen",
            "reporter",
            "30730",
            "measurement.report",
            "plans/rach-gia/measurements/G2/30730/2024",
            "{\"numerator\":50,\"denominator\":100}",
            "{\"numerator\":61,\"denominator\":100}")
        : new AuditEvent(
            T0.plusSeconds(n),
            "hoa.tran",
            "officer",
            null,
            "unit.close",
            "units/3073" + n,
            "{\"name\":\"Phường Vĩnh Thanh Vân\"}",
            "{\"name\":\"Phường Vĩnh Thanh Vân\",\"closedOn\":\"2025-07-01\"}");
  }

  /** A chain of {@code n} entries as the trail writes it. */
  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead head = AuditHead.empty();
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditChain.append(head, event(i));
      entries.add(e);
      head = new AuditHead(e.seq(), e.hash());
    }
    return entries;
  }

  private static AuditHead headOf(List<AuditEntry> entries) {
    AuditEntry last = entries.get(entries.size() - 1);
    return new AuditHead(last.seq(), last.hash());
  }

  private static AuditVerification verify(List<AuditEntry> entries, AuditHead head) {
    ChainVerifier v = AuditChain.verifier();
    for (AuditEntry e : entries) {
      if (!v.accept(e)) {
        return v.result();
      }
    }
    return v.result(head);
  }

  private static AuditEntry copy(
      AuditEntry e, long seq, String after, String previousHash, String hash) {
    return new AuditEntry(
        seq,
        e.recordedAt(),
        e.actor(),
        e.actorRole(),
        e.actorUnit(),
        e.action(),
        e.target(),
        e.beforeState(),
        after,
        previousHash,
        hash);
  }

  /** The entry re-sealed as a forger who knows the format would: its own hash recomputed. */
  private static AuditEntry resealed(AuditEntry e) {
    return copy(e, e.seq(), e.afterState(), e.previousHash(), AuditChain.hashOf(e));
  }

  @Test
  void numbersEntriesFromOneAndLinksTheFirstToSixtyFourZeros() {
    List<AuditEntry> entries = chain(3);

    assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries)
        .extracting(AuditEntry::hash)
        .allMatch(h -> h.matches("[0-9a-f]{64}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void theHashIsSha256OfTheDocumentedEncoding() throws Exception {
    AuditEvent e =
        new AuditEvent(
            Instant.parse("2025-07-01T01:30:00.125Z"),
            "lan",
            "reporter",
            null,
            "unit.close",
            "units/Vĩnh",
            null,
            "{}");
    AuditEntry entry = AuditChain.append(AuditHead.empty(), e);

    String encoding =
        "17:emulation-audit/1"
            + "1:1"
            + "30:2025-07-01T01:30:00.125000000Z"
            + "3:lan"
            + "8:reporter"
            + "-"
            + "10:unit.close"
            + "11:units/Vĩnh"
            + "-"
            + "2:{}"
            + "64:"
            + AuditChain.GENESIS;
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(encoding.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(entry.hash()).isEqualTo(java.util.HexFormat.of().formatHex(digest));
  }

  @Test
  void anIntactChainVerifiesWhole() {
    List<AuditEntry> entries = chain(6);

    AuditVerification v = verify(entries, headOf(entries));

    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isEqualTo(6);
    assertThat(v.firstBroken()).isNull();
    assertThat(AuditChain.verify(entries).intact()).isTrue();
  }

  @Test
  void anEmptyLogIsIntact() {
    AuditVerification v = verify(List.of(), AuditHead.empty());

    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isZero();
  }

  static Stream<Arguments> everyField() {
    return Stream.<Arguments>of(
        Arguments.of(
            "seq",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq() + 1,
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "time, by a nanosecond",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt().plusNanos(1),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "actor",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        "someone.else",
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "role",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        "admin",
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "unit, null to a code",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        "30733",
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "action",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        "unit.open",
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "target",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        "units/30733",
                        e.beforeState(),
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "before, to null",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        null,
                        e.afterState(),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "after, one character",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState().replace("Vân", "Văn"),
                        e.previousHash(),
                        e.hash())),
        Arguments.of(
            "previous hash",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.recordedAt(),
                        e.actor(),
                        e.actorRole(),
                        e.actorUnit(),
                        e.action(),
                        e.target(),
                        e.beforeState(),
                        e.afterState(),
                        "f".repeat(64),
                        e.hash())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyField")
  void theHashCoversEveryField(String field, UnaryOperator<AuditEntry> change) {
    AuditEntry e = chain(1).get(0);

    assertThat(AuditChain.hashOf(change.apply(e))).isNotEqualTo(e.hash());
  }

  @Test
  void textMovedFromOneFieldToTheNextChangesTheHash() {
    AuditEvent a = new AuditEvent(T0, "ab", "c", null, "x", "t", "", null);
    AuditEvent b = new AuditEvent(T0, "a", "bc", null, "x", "t", "", null);
    AuditEvent empty = new AuditEvent(T0, "a", "bc", null, "x", "t", null, "");
    AuditEvent dash = new AuditEvent(T0, "a", "bc", null, "x", "t", "-", null);

    List<String> hashes =
        Stream.of(a, b, empty, dash)
            .map(e -> AuditChain.append(AuditHead.empty(), e).hash())
            .toList();

    assertThat(hashes).doesNotHaveDuplicates();
  }

  @Test
  void aChangedEntryIsNamedWithContentChanged() {
    List<AuditEntry> entries = chain(6);
    AuditEntry third = entries.get(2);
    entries.set(
        2,
        copy(
            third,
            3,
            third.afterState().replace("2025", "2024"),
            third.previousHash(),
            third.hash()));

    AuditVerification v = verify(entries, headOf(entries));

    assertThat(v.intact()).isFalse();
    assertThat(v.firstBroken().seq()).isEqualTo(3);
    assertThat(v.firstBroken().kind()).isEqualTo(Kind.CONTENT_CHANGED);
    assertThat(v.checked()).isEqualTo(3);
  }

  @Test
  void aChangedEntryResealedByItsOwnHashBreaksTheLinkOfTheNext() {
    List<AuditEntry> entries = chain(6);
    AuditEntry third = entries.get(2);
    entries.set(2, resealed(copy(third, 3, "{}", third.previousHash(), third.hash())));

    ChainBreak broken = verify(entries, headOf(entries)).firstBroken();

    assertThat(broken.seq()).isEqualTo(4);
    assertThat(broken.kind()).isEqualTo(Kind.LINK_BROKEN);
  }

  @Test
  void aRemovedEntryLeavesAGapBeforeTheNext() {
    List<AuditEntry> entries = chain(6);
    entries.remove(2);

    ChainBreak broken = verify(entries, headOf(entries)).firstBroken();

    assertThat(broken.seq()).isEqualTo(4);
    assertThat(broken.kind()).isEqualTo(Kind.SEQUENCE_GAP);
    assertThat(broken.reason().in(Locale.ENGLISH)).contains("Entries 3 before entry 4");
  }

  @Test
  void aRemovedEntryWithTheRestRenumberedBreaksTheLink() {
    List<AuditEntry> entries = chain(6);
    entries.remove(2);
    for (int i = 2; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      entries.set(i, resealed(copy(e, i + 1, e.afterState(), e.previousHash(), e.hash())));
    }

    ChainBreak broken = verify(entries, headOf(entries)).firstBroken();

    assertThat(broken.seq()).isEqualTo(3);
    assertThat(broken.kind()).isEqualTo(Kind.LINK_BROKEN);
  }

  @Test
  void swappedEntriesAreNamedWhereTheOrderBreaks() {
    List<AuditEntry> entries = chain(6);
    AuditEntry second = entries.get(1);
    entries.set(1, entries.get(2));
    entries.set(2, second);

    ChainBreak broken = verify(entries, headOf(chain(6))).firstBroken();

    assertThat(broken.seq()).isEqualTo(3);
    assertThat(broken.kind()).isEqualTo(Kind.SEQUENCE_GAP);
  }

  @Test
  void aRepeatedEntryStandsWhereTheNextShould() {
    List<AuditEntry> entries = chain(6);
    entries.set(2, entries.get(1));

    ChainBreak broken = verify(entries, headOf(chain(6))).firstBroken();

    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.kind()).isEqualTo(Kind.SEQUENCE_GAP);
    assertThat(broken.reason().in(Locale.ENGLISH)).contains("stands where entry 3 should");
  }

  @Test
  void swappedContentsUnderTheOriginalNumbersBreakTheLink() {
    List<AuditEntry> entries = chain(6);
    AuditEntry second = entries.get(1);
    AuditEntry third = entries.get(2);
    entries.set(
        1,
        resealed(
            new AuditEntry(
                2,
                third.recordedAt(),
                third.actor(),
                third.actorRole(),
                third.actorUnit(),
                third.action(),
                third.target(),
                third.beforeState(),
                third.afterState(),
                third.previousHash(),
                third.hash())));
    entries.set(
        2,
        resealed(
            new AuditEntry(
                3,
                second.recordedAt(),
                second.actor(),
                second.actorRole(),
                second.actorUnit(),
                second.action(),
                second.target(),
                second.beforeState(),
                second.afterState(),
                second.previousHash(),
                second.hash())));

    ChainBreak broken = verify(entries, headOf(chain(6))).firstBroken();

    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.kind()).isEqualTo(Kind.LINK_BROKEN);
  }

  @Test
  void onlyTheFirstOfSeveralBreaksIsNamed() {
    List<AuditEntry> entries = chain(6);
    AuditEntry second = entries.get(1);
    AuditEntry fifth = entries.get(4);
    entries.set(4, copy(fifth, 5, "{}", fifth.previousHash(), fifth.hash()));
    entries.set(1, copy(second, 2, second.afterState(), "1".repeat(64), second.hash()));

    AuditVerification v = verify(entries, headOf(entries));

    assertThat(v.firstBroken().seq()).isEqualTo(2);
    assertThat(v.firstBroken().kind()).isEqualTo(Kind.LINK_BROKEN);
    assertThat(v.checked()).isEqualTo(2);
  }

  @Test
  void entriesCutOffAtTheEndAreFoundByTheHead() {
    List<AuditEntry> entries = chain(6);
    AuditHead head = headOf(entries);

    AuditVerification v = verify(entries.subList(0, 4), head);

    assertThat(AuditChain.verify(entries.subList(0, 4)).intact()).isTrue();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBroken().seq()).isEqualTo(5);
    assertThat(v.firstBroken().kind()).isEqualTo(Kind.HEAD_MISMATCH);
  }

  @Test
  void aReplacedLastEntryIsFoundByTheHead() {
    List<AuditEntry> entries = chain(6);
    AuditHead head = headOf(entries);
    AuditEntry last = entries.get(5);
    entries.set(5, resealed(copy(last, 6, "{}", last.previousHash(), last.hash())));

    ChainBreak broken = verify(entries, head).firstBroken();

    assertThat(broken.seq()).isEqualTo(6);
    assertThat(broken.kind()).isEqualTo(Kind.HEAD_MISMATCH);
  }

  @Test
  void theReasonNamesTheEntryInVietnameseAndEnglish() {
    List<AuditEntry> entries = chain(4);
    AuditEntry second = entries.get(1);
    entries.set(1, copy(second, 2, "{}", second.previousHash(), second.hash()));

    ChainBreak broken = AuditChain.verify(entries).firstBroken();

    assertThat(broken.reason().in(Locale.forLanguageTag("vi")))
        .isEqualTo(
            "Nội dung mục 2 đã bị sửa sau khi ghi: mã băm tính lại không khớp mã băm đã" + " lưu");
    assertThat(broken.reason().in(Locale.ENGLISH)).startsWith("Entry 2 was changed");
  }

  @Test
  void aVerifierStopsAtTheFirstBreak() {
    List<AuditEntry> entries = chain(3);
    ChainVerifier v = AuditChain.verifier();

    assertThat(v.accept(entries.get(0))).isTrue();
    assertThat(v.accept(entries.get(2))).isFalse();
    assertThat(v.accept(entries.get(1))).isFalse();
    assertThat(v.result().checked()).isEqualTo(2);
    assertThat(v.lastSeq()).isEqualTo(1);
  }

  @Test
  void entriesAreNumberedFromOne() {
    AuditEntry e = chain(1).get(0);

    assertThatThrownBy(() -> copy(e, 0, null, e.previousHash(), e.hash()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> new AuditEvent(T0, "lan", "", null, " ", "units/1", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
