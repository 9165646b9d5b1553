package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.emulation.jakarta.application.audit.AnchorVerification;
import vn.emulation.jakarta.application.audit.AuditAnchor;
import vn.emulation.jakarta.format.FormulaGuard;
import vn.emulation.jakarta.interfaces.rest.AuditView.VerificationView;

/** The audit log's anchors as the API shows them (ADR 0045). */
final class AnchorViews {

  /** The format's name, in the JSON document. */
  static final String FORMAT = "emulation-audit-anchors/1";

  /** The CSV's columns, the JSON's keys. */
  static final List<String> COLUMNS =
      List.of(
          "anchor_number", "day", "head_seq", "head_hash", "anchored_at", "taken_by", "scheduled");

  private AnchorViews() {}

  /**
   * One anchor: the audit head as it was when taken.
   *
   * @param number 1, 2, 3… in the order taken
   * @param day the day it was taken, in Vietnam
   * @param headSeq the number of the head's last entry then (0: an empty log)
   * @param headHash that entry's hash
   * @param anchoredAt when (UTC)
   * @param takenBy an administrator, or system for the daily run
   * @param scheduled whether the daily run took it
   */
  public record AnchorView(
      long number,
      String day,
      long headSeq,
      String headHash,
      String anchoredAt,
      String takenBy,
      boolean scheduled) {
    static AnchorView of(AuditAnchor a) {
      return new AnchorView(
          a.number(),
          a.day().toString(),
          a.seq(),
          a.hash(),
          a.at().toString(),
          a.takenBy(),
          a.scheduled());
    }
  }

  /**
   * The published anchors.
   *
   * @param format {@value #FORMAT}
   * @param anchors every anchor, the first first
   */
  public record AnchorList(String format, List<AnchorView> anchors) {
    static AnchorList of(List<AuditAnchor> all) {
      return new AnchorList(FORMAT, all.stream().map(AnchorView::of).toList());
    }
  }

  /**
   * The chain verified against the anchors.
   *
   * @param intact whether the chain is intact and every anchor matches it
   * @param chain the chain's own verification (as {@code GET /api/audit/verification})
   * @param anchorsChecked how many anchors were compared
   * @param firstMismatch the first anchor the chain no longer matches ({@link MismatchView}), JSON
   *     null when none
   */
  public record AnchorVerificationView(
      boolean intact,
      VerificationView chain,
      int anchorsChecked,
      @Schema(implementation = MismatchView.class, nullable = true) JsonValue firstMismatch) {
    static AnchorVerificationView of(AnchorVerification v, Locale l) {
      JsonValue mismatch =
          v.firstMismatchIfAny()
              .<JsonValue>map(
                  m ->
                      Json.createObjectBuilder()
                          .add("number", m.anchor().number())
                          .add("day", m.anchor().day().toString())
                          .add("headSeq", m.anchor().seq())
                          .add("published", m.anchor().hash())
                          .add(
                              "found",
                              m.found() == null ? JsonValue.NULL : Json.createValue(m.found()))
                          .build())
              .orElse(JsonValue.NULL);
      return new AnchorVerificationView(
          v.intact(), VerificationView.of(v.chain(), l), v.anchorsChecked(), mismatch);
    }
  }

  /**
   * An anchor the chain no longer matches.
   *
   * @param number the anchor's number
   * @param day its day
   * @param headSeq the entry it names
   * @param published the hash it published
   * @param found the hash the chain holds there now, null when the entry is gone
   */
  public record MismatchView(
      long number, String day, long headSeq, String published, String found) {}

  /** The anchors as CSV: UTF-8 with a byte-order mark, RFC 4180, text guarded against formulas. */
  static void writeCsv(List<AuditAnchor> all, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    w.write(String.join(",", COLUMNS));
    w.write("\r\n");
    for (AuditAnchor a : all) {
      w.write(
          String.join(
              ",",
              String.valueOf(a.number()),
              a.day().toString(),
              String.valueOf(a.seq()),
              a.hash(),
              a.at().toString(),
              quoted(FormulaGuard.text(a.takenBy())),
              String.valueOf(a.scheduled())));
      w.write("\r\n");
    }
    w.flush();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
