package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A row of {@code org_unit_placement}: a unit's name and parent from a date. */
@Embeddable
public class PlacementEmbeddable {

  @Column(name = "valid_from", nullable = false)
  LocalDate validFrom;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "parent_code")
  String parentCode;

  protected PlacementEmbeddable() {}

  PlacementEmbeddable(LocalDate validFrom, String name, String parentCode) {
    this.validFrom = validFrom;
    this.name = name;
    this.parentCode = parentCode;
  }
}
