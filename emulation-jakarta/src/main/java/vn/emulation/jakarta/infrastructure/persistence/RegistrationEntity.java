package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A participant's registration of its own emulation plan: a date, or null for "not registered". */
@Entity
@Table(name = "participant_registration")
@IdClass(RegistrationEntity.Key.class)
public class RegistrationEntity {

  @Id
  @Column(name = "participant_id")
  String participantId;

  @Id
  @Column(name = "plan_code")
  String planCode;

  @Column(name = "registered_on")
  LocalDate registeredOn;

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected RegistrationEntity() {}

  RegistrationEntity(String participantId, String planCode, LocalDate registeredOn) {
    this.participantId = participantId;
    this.planCode = planCode;
    this.registeredOn = registeredOn;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String participantId;
    String planCode;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(participantId, k.participantId)
          && Objects.equals(planCode, k.planCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(participantId, planCode);
    }
  }
}
