package vn.emulation.jakarta.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.emulation.jakarta.application.procedure.CaseStore;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;

/**
 * A step's cases in memory, stored on the version read as the JDBC store does: an update of a case
 * no longer at the version its command read is {@link ChangedMeanwhileException}, and nothing
 * changes. {@link #meanwhile} lets a test change a case between a command's read and its store.
 */
public class InMemoryCases<C> implements CaseStore<C> {

  private final Function<C, String> id;
  private final ToLongFunction<C> version;
  private final Map<String, C> cases = new LinkedHashMap<>();
  private Runnable beforeNextUpdate = () -> {};

  public InMemoryCases(Function<C, String> id, ToLongFunction<C> version) {
    this.id = id;
    this.version = version;
  }

  @Override
  public Optional<C> find(String caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  @Override
  public void insert(C opened) {
    if (cases.putIfAbsent(id.apply(opened), opened) != null) {
      throw new IllegalStateException("case " + id.apply(opened) + " stored twice");
    }
  }

  @Override
  public void update(C changed, long readVersion) {
    Runnable meanwhile = beforeNextUpdate;
    beforeNextUpdate = () -> {};
    meanwhile.run();
    C stored = cases.get(id.apply(changed));
    if (stored == null || version.applyAsLong(stored) != readVersion) {
      throw new ChangedMeanwhileException(id.apply(changed), readVersion);
    }
    cases.put(id.apply(changed), changed);
  }

  /** Runs {@code change} just before the next update compares versions: a concurrent command. */
  public void meanwhile(Runnable change) {
    beforeNextUpdate = change;
  }

  /** Replaces a stored case whatever its version (what another server's command left). */
  public void overwrite(C c) {
    cases.put(id.apply(c), c);
  }

  /** The cases kept, in the order stored, that {@code filter} keeps. */
  public List<C> all(Predicate<C> filter) {
    List<C> out = new ArrayList<>();
    for (C c : cases.values()) {
      if (filter.test(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
