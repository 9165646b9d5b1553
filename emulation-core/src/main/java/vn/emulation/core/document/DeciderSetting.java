package vn.emulation.core.document;

import java.util.List;
import java.util.Objects;

/**
 * What a city's documents say of the office that decides (template data the city changes, never
 * code): its letterhead, the place its documents are dated at, its name as the decision's authority
 * line and in a sentence, its signature block, the local legal bases, who implements a decision,
 * and to whom it goes besides. Immutable.
 *
 * @param issuer the letterhead
 * @param place where its documents are dated ("Rạch Giá")
 * @param title who decides, in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ")
 * @param name the same in a sentence ("Chủ tịch Ủy ban nhân dân phường Rạch Giá")
 * @param signatory the signature block; its name is the decision's signer
 * @param bases the legal bases of its own (its organisation law), before the law's texts
 * @param implementers who implements a decision, before the awardees (Điều 3)
 * @param recipients "Nơi nhận" lines after "Như Điều 3;", before "Lưu: VT"
 */
public record DeciderSetting(
    Issuer issuer,
    String place,
    String title,
    String name,
    Signatory signatory,
    List<String> bases,
    List<String> implementers,
    List<String> recipients) {

  public DeciderSetting {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signatory, "signatory");
    bases = List.copyOf(bases);
    implementers = List.copyOf(implementers);
    recipients = List.copyOf(recipients);
  }
}
