package vn.emulation.core.law;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a form's dossier holds on the days a version is in force, and in how many sets. Immutable
 * and thread-safe.
 *
 * <p>The number of sets is empty where the law leaves it to another body: from 1 July 2025 the
 * ministries and provinces set the dossier of the grassroots forms (Decree 152/2025 art. 6.2.c), so
 * the plan's or the province's own number governs and the citation says so.
 *
 * @param items the documents, in the order the text lists them
 * @param sets how many sets, when the law sets it; {@code null} when it does not
 * @param electronicFiles whether the electronic files (Word and PDF) go with the sets
 * @param citation the provision that sets the number of sets, or says who does
 */
public record DossierRule(
    List<DossierItem> items, Integer sets, boolean electronicFiles, Citation citation) {

  public DossierRule {
    items = List.copyOf(items);
    Objects.requireNonNull(citation, "citation");
  }

  /** The number of sets, when the law in force sets one. */
  public OptionalInt setsRequired() {
    return sets == null ? OptionalInt.empty() : OptionalInt.of(sets);
  }
}
