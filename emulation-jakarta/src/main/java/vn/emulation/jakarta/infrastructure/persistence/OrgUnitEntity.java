package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An administrative unit with its placements over time and its successors. */
@Entity
@Table(name = "org_unit")
public class OrgUnitEntity {

  @Id
  @Column(name = "code")
  String code;

  @Column(name = "unit_level", nullable = false)
  String level;

  @Column(name = "opened_on", nullable = false)
  LocalDate openedOn;

  @Column(name = "closed_on")
  LocalDate closedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_unit_placement", joinColumns = @JoinColumn(name = "unit_code"))
  List<PlacementEmbeddable> placements = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_unit_successor", joinColumns = @JoinColumn(name = "unit_code"))
  @Column(name = "successor_code")
  Set<String> successors = new HashSet<>();

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected OrgUnitEntity() {}

  OrgUnitEntity(String code) {
    this.code = code;
  }
}
