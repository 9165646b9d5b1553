package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A participant as a stored run judged it; read only. */
@Entity
@Table(name = "evaluation_participant")
@IdClass(EvaluationParticipantEntity.Key.class)
public class EvaluationParticipantEntity {

  /** The primary key: run and participant. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String runId;
    String participantId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(runId, k.runId)
          && Objects.equals(participantId, k.participantId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, participantId);
    }
  }

  @Id
  @Column(name = "run_id")
  String runId;

  @Id
  @Column(name = "participant_id")
  String participantId;

  @Column(name = "name", nullable = false)
  String name;

  @Column(name = "kind", nullable = false)
  String kind;

  @Column(name = "category_code", nullable = false)
  String categoryCode;

  @Column(name = "unit_code", nullable = false)
  String unitCode;

  protected EvaluationParticipantEntity() {}
}
