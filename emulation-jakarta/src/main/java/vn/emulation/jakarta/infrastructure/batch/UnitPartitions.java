package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob;

/**
 * The job's partitions: one per unit of the participants the run judges, in the units' order, at
 * most {@link #THREADS} at a time. A restart maps the same units again (a unit keeps its
 * participants' order and its checkpoint), so it keeps the partitions of the first execution.
 */
@Named("unitPartitions")
@Dependent
public class UnitPartitions implements PartitionMapper {

  /** Partitions judged at once: the machine's two cores; each holds the plan's figures. */
  static final int THREADS = 2;

  /** The partition property naming its unit. */
  static final String UNIT = "unit";

  @Inject
  @BatchProperty(name = BatchEvaluationJobs.RUN_ID)
  String runId;

  @Inject EvaluationRunJob job;

  @Override
  public PartitionPlan mapPartitions() {
    List<String> units = job.units(runId);
    // a run with nobody to judge still has one (empty) partition, so that it completes
    List<String> parts = units.isEmpty() ? List.of("") : units;
    Properties[] properties = new Properties[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      properties[i] = new Properties();
      properties[i].setProperty(UNIT, parts.get(i));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(parts.size());
    plan.setThreads(Math.min(THREADS, parts.size()));
    plan.setPartitionProperties(properties);
    plan.setPartitionsOverride(false);
    return plan;
  }
}
