package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;

/**
 * Who issued which plan, when, on what grounds, for which movement and period. Immutable.
 *
 * @param code a stable code for the plan across its versions ({@code rach-gia-2022-2025})
 * @param version its version, 1 for the plan as issued
 * @param documentNumber the document's number, or {@code null} when unknown
 * @param issuer the issuing authority (UBND thành phố Rạch Giá)
 * @param issuedOn the date of issue, or {@code null} when unknown
 * @param title the plan's title
 * @param movement the movement it launches
 * @param theme the movement's theme
 * @param period the years the movement runs
 * @param status where this version is in its life
 * @param legalBases the documents it implements or rests on
 * @param amendments the amendments that led to this version, oldest first
 */
public record PlanIdentity(
    String code,
    int version,
    String documentNumber,
    LocalizedText issuer,
    LocalDate issuedOn,
    LocalizedText title,
    LocalizedText movement,
    LocalizedText theme,
    YearPeriod period,
    PlanStatus status,
    List<LegalBasis> legalBases,
    List<Amendment> amendments) {

  public PlanIdentity {
    if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "a plan code is lower-case letters, digits and dashes, was: " + code);
    }
    if (version < 1) {
      throw new IllegalArgumentException("a plan version starts at 1, was: " + version);
    }
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(movement, "movement");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    legalBases = List.copyOf(legalBases);
    amendments = List.copyOf(amendments);
  }
}
