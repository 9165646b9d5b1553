package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The published answers of this server as they were rendered, each under the question, the audit
 * log's head and the day it was asked at ({@link PublishedAnswerKey}), so that the same question
 * asked again before the head moves is answered with the same bytes and tag without calling the
 * resource, writing JSON or hashing it (issue 10, P4; ADR 0034). Bounded by the bytes it keeps (64
 * MB by default), the least recently used out first: answers under an older head are never asked
 * for again and leave as newer ones come. Per server, like the figures' memo, and for the same
 * reason never stale: see ADR 0034, "Rendered answers".
 */
@ApplicationScoped
public class RenderedAnswers {

  /** A province's city answer is 376 KB with its parts, 30 KB without. */
  static final long DEFAULT_BUDGET = 64L * 1024 * 1024;

  private final long budget;
  private final LinkedHashMap<PublishedAnswerKey, RenderedAnswer> kept =
      new LinkedHashMap<>(64, 0.75f, true);
  private long used;

  public RenderedAnswers() {
    this(DEFAULT_BUDGET);
  }

  RenderedAnswers(long budget) {
    this.budget = budget;
  }

  /** The answer kept under {@code key}, if any (it becomes the most recently used). */
  public synchronized Optional<RenderedAnswer> find(PublishedAnswerKey key) {
    return Optional.ofNullable(kept.get(key));
  }

  /**
   * Keeps {@code answer} under {@code key}, replacing what was there, then lets the least recently
   * used answers go until the budget holds. An answer larger than the whole budget is not kept.
   */
  public synchronized void keep(PublishedAnswerKey key, RenderedAnswer answer) {
    long size = key.size() + answer.size();
    if (size > budget) {
      return;
    }
    RenderedAnswer previous = kept.put(key, answer);
    if (previous != null) {
      used -= key.size() + previous.size();
    }
    used += size;
    Iterator<Map.Entry<PublishedAnswerKey, RenderedAnswer>> eldest = kept.entrySet().iterator();
    while (used > budget && eldest.hasNext()) {
      Map.Entry<PublishedAnswerKey, RenderedAnswer> e = eldest.next();
      used -= e.getKey().size() + e.getValue().size();
      eldest.remove();
    }
  }

  /** The bytes counted against the budget. */
  synchronized long bytesKept() {
    return used;
  }

  /** How many answers are kept. */
  synchronized int count() {
    return kept.size();
  }
}
