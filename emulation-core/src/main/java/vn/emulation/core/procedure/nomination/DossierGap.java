package vn.emulation.core.procedure.nomination;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

/**
 * One thing a dossier lacks before it can be sent, at the path of the request that would supply it.
 * Immutable.
 *
 * @param kind what is lacking
 * @param itemCode the dossier item concerned; {@code null} for the number of sets
 * @param path where in the nomination's request it belongs ({@code dossier.documents[1].files})
 * @param reason the gap in words
 */
public record DossierGap(Kind kind, String itemCode, String path, LocalizedText reason) {

  /** What a dossier lacks. */
  public enum Kind {
    /** A document the law requires is not in the dossier. */
    DOCUMENT_MISSING,
    /** A document is there with no file carrying it. */
    NO_FILE,
    /** The electronic files are required and a document has no PDF file. */
    PDF_MISSING,
    /** The electronic files are required and a document has no Word file. */
    WORD_MISSING,
    /** Fewer sets than required. */
    TOO_FEW_SETS
  }

  public DossierGap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  public Problem asProblem() {
    return new Problem(path, reason);
  }
}
