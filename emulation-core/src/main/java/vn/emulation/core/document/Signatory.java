package vn.emulation.core.document;

import java.util.Objects;

/**
 * The signature block (Decree 30/2020, element 7): the authority prefix (TM., KT., TL., TUQ., Q.)
 * with what it signs for, the signer's position and full name. Immutable.
 *
 * @param authority the prefix line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"); blank when the head
 *     signs in their own name
 * @param position the position ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * @param name the full name, as printed
 */
public record Signatory(String authority, String position, String name) {

  public Signatory {
    authority = authority == null ? "" : authority.strip();
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(name, "name");
  }

  /** The same block signed by {@code signer}. */
  public Signatory signedBy(String signer) {
    return new Signatory(authority, position, signer);
  }
}
