package vn.emulation.jakarta.format.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document laid out as PDF, and where its signature goes: the space the decree leaves between the
 * signer's position and name, on the page that holds the signature block.
 *
 * @param bytes the PDF
 * @param signature where a visible signature is placed
 */
public record RenderedPdf(byte[] bytes, SignatureSpot signature) {

  public RenderedPdf {
    bytes = bytes.clone();
    Objects.requireNonNull(signature, "signature");
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedPdf r
        && Arrays.equals(bytes, r.bytes)
        && signature.equals(r.signature);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + signature.hashCode();
  }

  @Override
  public String toString() {
    return "RenderedPdf[" + bytes.length + " bytes, " + signature + "]";
  }
}
