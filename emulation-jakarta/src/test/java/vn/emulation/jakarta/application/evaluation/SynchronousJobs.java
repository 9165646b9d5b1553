package vn.emulation.jakarta.application.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.ConflictException;

/**
 * The evaluation job as the Jakarta Batch job runs it, on the caller's thread: one partition per
 * unit, chunks of {@link #itemCount} participants, each chunk stored then checkpointed (the id of
 * its last participant), then the completion step. {@link #dieAfterStoring} makes the server die
 * right after a chunk is stored and before its checkpoint is kept: the run stays RUNNING, no
 * listener runs, and a restart resumes every unit from its last checkpoint.
 */
final class SynchronousJobs implements EvaluationJobs {

  /** The server died: the job's thread is gone. */
  static final class Died extends RuntimeException {
    Died() {
      super("the server died under the job");
    }
  }

  final EvaluationRunJob job;
  final int itemCount;

  /** Dies after storing this many chunks in all (0: never). */
  int dieAfterStoring;

  /** The participants each execution read, by execution. */
  final Map<Long, List<String>> read = new LinkedHashMap<>();

  private final Map<String, Map<String, String>> checkpoints = new HashMap<>();
  private final Map<String, Long> latest = new HashMap<>();
  private final Map<Long, Boolean> ended = new HashMap<>();
  private long next = 1;
  private int stored;

  SynchronousJobs(EvaluationRunJob job, int itemCount) {
    this.job = job;
    this.itemCount = itemCount;
  }

  @Override
  public long start(String runId) {
    return execute(runId);
  }

  @Override
  public long restart(String runId, long jobExecution) {
    if (latest.get(runId) != jobExecution || !ended.getOrDefault(jobExecution, false)) {
      throw new ConflictException(LocalizedText.of("Không chạy lại", "Not restartable"));
    }
    return execute(runId);
  }

  private long execute(String runId) {
    long execution = next++;
    latest.put(runId, execution);
    read.put(execution, new ArrayList<>());
    Map<String, String> kept = checkpoints.computeIfAbsent(runId, r -> new HashMap<>());
    job.began(runId);
    try {
      for (String unit : job.units(runId)) {
        EvaluationRunJob.UnitPart part = job.part(runId, unit, kept.get(unit));
        List<JudgedParticipant> chunk = new ArrayList<>();
        for (Participant p : part.participants()) {
          read.get(execution).add(p.id());
          chunk.add(part.judged(p));
          if (chunk.size() == itemCount) {
            commit(runId, unit, chunk, kept);
          }
        }
        if (!chunk.isEmpty()) {
          commit(runId, unit, chunk, kept);
        }
      }
      job.complete(runId);
    } catch (Died died) {
      // killed: no listener, no status; a restart is possible once the server is back
      ended.put(execution, true);
      return execution;
    } catch (RuntimeException failed) {
      ended.put(execution, true);
      job.ended(runId, EvaluationRun.Status.FAILED);
      throw failed;
    }
    ended.put(execution, true);
    return execution;
  }

  private void commit(
      String runId, String unit, List<JudgedParticipant> chunk, Map<String, String> kept) {
    job.store(runId, List.copyOf(chunk));
    if (++stored == dieAfterStoring) {
      throw new Died();
    }
    kept.put(unit, chunk.get(chunk.size() - 1).id());
    chunk.clear();
  }
}
