package vn.emulation.jakarta.application.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Answers kept against the revision of the stored facts they were computed from: a bounded map,
 * least recently used out first, of (what, key, revision) to the answer. An answer is computed once
 * per key: a second caller asking while the first computes waits for it instead of computing it
 * again (fifty dashboards opening at once cost one computation). A computation that fails is not
 * kept; its caller, and any who waited, get its exception. Thread-safe.
 */
public final class RevisionMemo {

  private record Key(String what, Object key, long revision) {}

  private final int capacity;
  private final Map<Key, FutureTask<Object>> answers;

  /** A memo that keeps at most {@code capacity} answers. */
  public RevisionMemo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a memo keeps at least one answer, not " + capacity);
    }
    this.capacity = capacity;
    this.answers =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<Object>> eldest) {
            return size() > RevisionMemo.this.capacity;
          }
        };
  }

  /**
   * The answer to {@code what} for {@code key} at {@code revision}: the one kept, else {@code
   * compute}'s, kept. {@code key} must be a value (equals and hashCode by content).
   */
  @SuppressWarnings("unchecked")
  public <T> T answer(String what, Object key, long revision, Supplier<T> compute) {
    Key k = new Key(Objects.requireNonNull(what, "what"), key, revision);
    FutureTask<Object> task;
    boolean mine = false;
    synchronized (answers) {
      task = answers.get(k);
      if (task == null) {
        task = new FutureTask<>(compute::get);
        answers.put(k, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return (T) task.get();
    } catch (ExecutionException e) {
      forget(k, task);
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (CancellationException e) {
      forget(k, task);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    }
  }

  /** How many answers are kept. */
  public int size() {
    synchronized (answers) {
      return answers.size();
    }
  }

  private void forget(Key k, FutureTask<Object> task) {
    synchronized (answers) {
      answers.remove(k, task);
    }
  }
}
