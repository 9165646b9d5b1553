package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored evaluation run; read only here: runs are inserted and moved on with plain JDBC by {@link
 * JpaEvaluationRunRepository}.
 */
// never from the shared cache: the evaluation job moves the row on with JDBC, on other threads
@Cacheable(false)
@Entity
@Table(name = "evaluation_run")
public class EvaluationRunEntity {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Column(name = "plan_version", nullable = false)
  int planVersion;

  @Column(name = "occasion_code", nullable = false)
  String occasionCode;

  @Column(name = "as_of", nullable = false)
  LocalDate asOf;

  @Column(name = "started_by", nullable = false)
  String startedBy;

  @Column(name = "started_at", nullable = false)
  OffsetDateTime startedAt;

  @Column(name = "participant_count", nullable = false)
  int participantCount;

  @Column(name = "status", nullable = false)
  String status;

  @Column(name = "job_execution_id")
  Long jobExecutionId;

  protected EvaluationRunEntity() {}
}
