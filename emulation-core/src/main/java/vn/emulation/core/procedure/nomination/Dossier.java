package vn.emulation.core.procedure.nomination;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;

/**
 * A nomination's dossier as the unit has put it together: its documents and how many paper sets it
 * sends. Immutable.
 *
 * @param sets the number of sets sent, 0 while none is ready
 * @param documents the documents, each item once
 */
public record Dossier(int sets, List<DossierDocument> documents) {

  /** A dossier with nothing in it yet. */
  public static final Dossier EMPTY = new Dossier(0, List.of());

  public Dossier {
    documents = List.copyOf(documents);
  }

  /** The document for {@code itemCode}, if the dossier has it. */
  public Optional<DossierDocument> document(String itemCode) {
    return documents.stream().filter(d -> d.itemCode().equals(itemCode)).findFirst();
  }

  /** The index of the document for {@code itemCode} in {@link #documents}, or -1. */
  int indexOf(String itemCode) {
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i).itemCode().equals(itemCode)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Records what is malformed at {@code dossier.sets} and {@code dossier.documents[i].itemCode}.
   */
  void check(ProblemCollector problems) {
    if (sets < 0) {
      problems.add("dossier.sets", Messages.text("procedure.nomination.setsNegative", sets));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < documents.size(); i++) {
      String path = "dossier.documents[" + i + "].itemCode";
      String code = documents.get(i).itemCode();
      if (TextRules.checkCode(problems, path, code) && !seen.add(code)) {
        problems.add(path, Messages.text("procedure.nomination.documentTwice", code));
      }
    }
  }
}
