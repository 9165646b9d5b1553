package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A participant of a plan's movement: a collective or an individual in a category and a unit. */
@Entity
@Table(name = "participant")
public class ParticipantEntity {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Column(name = "kind", nullable = false)
  String kind;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "category_code", nullable = false)
  String categoryCode;

  @Column(name = "unit_code", nullable = false)
  String unitCode;

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected ParticipantEntity() {}

  ParticipantEntity(String id, String planCode) {
    this.id = id;
    this.planCode = planCode;
  }
}
