package vn.emulation.core.procedure.nomination;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.procedure.FileReference;

/**
 * One document of a nomination's dossier: which of the law's dossier items it is (the submission,
 * the achievement report, the minutes) and the files that carry it (a signed scan, its Word and PDF
 * files). Immutable.
 *
 * @param itemCode the law's code for the dossier item ({@code SUBMISSION})
 * @param files the files, each with its SHA-256
 */
public record DossierDocument(String itemCode, List<FileReference> files) {

  public DossierDocument {
    Objects.requireNonNull(itemCode, "itemCode");
    files = List.copyOf(files);
  }

  public boolean hasPdf() {
    return files.stream().anyMatch(FileReference::isPdf);
  }

  public boolean hasWord() {
    return files.stream().anyMatch(FileReference::isWord);
  }
}
