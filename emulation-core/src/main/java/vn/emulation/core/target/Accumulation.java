package vn.emulation.core.target;

import vn.emulation.core.common.LocalizedText;

/**
 * How the figures of one year combine when several units each reported a part of it: a unit merged
 * into another on 1 July reported January to June, its successor July to December. Declared by the
 * plan for each indicator.
 */
public enum Accumulation {
  /**
   * Counted over the period (dossiers processed, documents signed, fees paid): the parts of the
   * year add up, so the predecessors' months and the successor's make the whole year.
   */
  FLOW(LocalizedText.of("cộng dồn theo kỳ", "flow: the parts of the year add up")),
  /**
   * A state at a date (households with fibre, people with an electronic health record): the latest
   * state counts; earlier parts of the year are shown beside it, never added to it, since the same
   * households would be counted twice.
   */
  STOCK(LocalizedText.of("số liệu thời điểm", "stock: the latest state counts"));

  private final LocalizedText label;

  Accumulation(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
