package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob.UnitPart;

/**
 * The reader of a partition: its unit's participants by id, from the one after its checkpoint. The
 * checkpoint is the id of the last participant read, committed with the chunk that stored it, so a
 * restart reads on from the first participant not yet stored. The unit's part (with its judge) is
 * left in the partition's step context for the processor.
 */
@Named("unitParticipants")
@Dependent
public class UnitParticipants extends AbstractItemReader {

  @Inject
  @BatchProperty(name = BatchEvaluationJobs.RUN_ID)
  String runId;

  @Inject
  @BatchProperty(name = UnitPartitions.UNIT)
  String unit;

  @Inject StepContext step;
  @Inject EvaluationRunJob job;

  private Iterator<Participant> left;
  private String last;

  @Override
  public void open(Serializable checkpoint) {
    last = (String) checkpoint;
    UnitPart part = job.part(runId, unit, last);
    step.setTransientUserData(part);
    left = part.participants().iterator();
  }

  @Override
  public Object readItem() {
    if (!left.hasNext()) {
      return null;
    }
    Participant p = left.next();
    last = p.id();
    return p;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
