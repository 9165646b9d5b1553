package vn.emulation.jakarta.application.procedure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;

/**
 * What the audit log keeps of a yearly movement report before and after a command: its unit, year,
 * state and version, the figures it refers to (measurement and version), the narrative's length and
 * SHA-256 (not its text, which the case keeps), and the last transition's command and reason.
 *
 * @param lastReason the reason of the last transition, null when it had none
 */
public record ReportAuditState(
    String id,
    String unitCode,
    int year,
    String state,
    long version,
    List<String> figures,
    int narrativeLength,
    String narrativeSha256,
    String lastCommand,
    String lastReason) {

  static ReportAuditState of(MovementReport r) {
    var ts = r.log().transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    return new ReportAuditState(
        r.id(),
        r.unitCode(),
        r.year(),
        r.state().name(),
        r.version(),
        r.figures().stream().map(ReportAuditState::figure).toList(),
        r.narrative().length(),
        sha256(r.narrative()),
        last == null ? null : last.command(),
        last == null ? null : last.reason());
  }

  private static String figure(FigureReference f) {
    return f.measurementId() + "@" + f.measurementVersion();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always there", e);
    }
  }
}
