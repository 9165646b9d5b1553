package vn.emulation.core.document;

import java.util.List;
import java.util.Objects;

/**
 * What a city's documents say of the body that submits the nominees (the emulation desk of Home
 * Affairs): its letterhead, place, name in a sentence, signature block and recipients besides the
 * office. Template data, like {@link DeciderSetting}. Immutable.
 *
 * @param issuer the letterhead
 * @param place where its documents are dated
 * @param name its name in a sentence ("Phòng Văn hóa - Xã hội")
 * @param signatory its signature block
 * @param recipients "Nơi nhận" lines after "Như trên;", before "Lưu: VT"
 */
public record SubmitterSetting(
    Issuer issuer, String place, String name, Signatory signatory, List<String> recipients) {

  public SubmitterSetting {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signatory, "signatory");
    recipients = List.copyOf(recipients);
  }
}
