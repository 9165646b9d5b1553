package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One stored verdict: a participant's outcome on an award form with the facts it was decided on
 * (since V11), or with its explanation written out (before V11); read only.
 */
@Entity
@Table(name = "evaluation_verdict")
@IdClass(EvaluationVerdictEntity.Key.class)
public class EvaluationVerdictEntity {

  /** The primary key: run, participant and award form. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String runId;
    String participantId;
    String awardFormCode;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(runId, k.runId)
          && Objects.equals(participantId, k.participantId)
          && Objects.equals(awardFormCode, k.awardFormCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, participantId, awardFormCode);
    }
  }

  @Id
  @Column(name = "run_id")
  String runId;

  @Id
  @Column(name = "participant_id")
  String participantId;

  @Id
  @Column(name = "award_form_code")
  String awardFormCode;

  @Column(name = "form_order", nullable = false)
  int formOrder;

  @Column(name = "outcome", nullable = false)
  String outcome;

  /** The explanation as JSON, for a verdict stored before V11; else null. */
  @Column(name = "explanation")
  String explanation;

  /** The core's {@code VerdictFacts} criteria as one line, since V11; else null. */
  @Column(name = "facts")
  String facts;

  protected EvaluationVerdictEntity() {}
}
