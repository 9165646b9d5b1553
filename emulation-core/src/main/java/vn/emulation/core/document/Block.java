package vn.emulation.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A part of a document's body, in order: a paragraph, a centred heading, or a table (the attached
 * lists). Sealed, so that a renderer handles each kind.
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.Table {

  /**
   * A justified paragraph of the body with its first line indented (a legal basis is italic, an
   * article starts with its bold "Điều n.").
   *
   * @param runs its text, in styles
   */
  record Paragraph(List<Run> runs) implements Block {
    public Paragraph {
      runs = List.copyOf(runs);
      if (runs.isEmpty()) {
        throw new IllegalArgumentException("an empty paragraph");
      }
    }

    public static Paragraph of(Run... runs) {
      return new Paragraph(List.of(runs));
    }

    /** The paragraph's text, its runs joined. */
    public String text() {
      StringBuilder b = new StringBuilder();
      runs.forEach(r -> b.append(r.text()));
      return b.toString();
    }
  }

  /**
   * A centred line: "QUYẾT ĐỊNH:", a list's title, a group's heading.
   *
   * @param run its text and style
   */
  record Heading(Run run) implements Block {
    public Heading {
      Objects.requireNonNull(run, "run");
    }
  }

  /**
   * A table: its header row and its rows, each as many cells as the header, with the share of the
   * line each column takes.
   *
   * @param header the columns' names
   * @param widths each column's share of the line, summing to 1
   * @param rows the rows
   */
  record Table(List<String> header, List<Double> widths, List<List<String>> rows) implements Block {
    public Table {
      header = header.stream().map(DocumentDate::nfc).toList();
      widths = List.copyOf(widths);
      rows = rows.stream().map(r -> r.stream().map(DocumentDate::nfc).toList()).toList();
      if (widths.size() != header.size()) {
        throw new IllegalArgumentException("a width for each column");
      }
      for (List<String> r : rows) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException(
              "a row of " + r.size() + " cells, not " + header.size());
        }
      }
    }
  }
}
