package vn.emulation.core.document;

import java.util.Objects;

/**
 * Who issues a document, as its header prints it: the body directly above it (cơ quan chủ quản), if
 * any, and the issuing body, both in capitals, and the body's abbreviation in the document's symbol
 * (QĐ-UBND). Immutable.
 *
 * @param parentBody the body directly above ("ỦY BAN NHÂN DÂN TỈNH AN GIANG"); blank when none
 * @param body the issuing body ("ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ")
 * @param symbol the body's abbreviation ("UBND")
 */
public record Issuer(String parentBody, String body, String symbol) {

  public Issuer {
    parentBody = parentBody == null ? "" : parentBody.strip();
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(symbol, "symbol");
  }
}
