package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Transition;

/** What every procedure case's view shows alike: its transitions and the files it refers to. */
final class CaseViews {

  private CaseViews() {}

  /** Every step a case took, numbered from 1, oldest first. */
  static List<TransitionView> transitions(CaseLog<?> log) {
    List<? extends Transition<?>> all = log.transitions();
    return IntStream.range(0, all.size())
        .mapToObj(i -> TransitionView.of(i + 1, all.get(i)))
        .toList();
  }

  /** A file the case refers to: its name, the type found by content, size and SHA-256. */
  public record FileView(String name, String mediaType, long size, String sha256) {
    static FileView of(FileReference f) {
      return new FileView(f.name(), f.mediaType(), f.size(), f.sha256());
    }
  }

  /**
   * One step a case took.
   *
   * @param seq 1 for the first, then 2, 3…
   * @param reason why, absent when none was given
   */
  public record TransitionView(
      int seq, String command, String from, String to, String actor, Instant at, String reason) {
    static TransitionView of(int seq, Transition<?> t) {
      return new TransitionView(
          seq, t.command(), t.from().name(), t.to().name(), t.actor(), t.at(), t.reason());
    }
  }
}
