package vn.emulation.core.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What was recovered after an annulment (thu hồi hiện vật và tiền thưởng, Law art. 93.2): the
 * artefact (certificate, medal, frame) and the prize money, in đồng, and on which day. Immutable.
 *
 * @param recordedOn the day the recovery was recorded
 * @param artefactRecovered whether the artefact was returned
 * @param moneyRecovered the prize money recovered, in đồng, not negative
 * @param note what else the record says (a receipt's number); {@code null} when nothing
 */
public record Recovery(
    LocalDate recordedOn, boolean artefactRecovered, long moneyRecovered, String note) {

  public Recovery {
    Objects.requireNonNull(recordedOn, "recordedOn");
  }
}
