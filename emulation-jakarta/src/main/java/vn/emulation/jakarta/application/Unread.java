package vn.emulation.jakarta.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The problems the edge met reading a request's parameters into typed values: a malformed number,
 * date or choice, each naming its parameter. A use case takes the typed values and these, checks
 * what only it can (a milestone the plan has, a unit that exists), and answers every problem of the
 * request at once, in the order of its parameters. Immutable.
 *
 * @param problems the parameters that could not be read, each with its reason
 */
public record Unread(List<Problem> problems) {

  private static final Unread NONE = new Unread(List.of());

  public Unread {
    problems = List.copyOf(problems);
  }

  /** Every parameter was read. */
  public static Unread none() {
    return NONE;
  }

  /** Whether some parameter could not be read. */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * Records in {@code found} the problems the edge met reading the field at {@code path}, so that
   * they come in the order the use case reads its fields.
   *
   * @return whether there was one
   */
  public boolean take(ProblemCollector found, String path) {
    boolean any = false;
    for (Problem p : problems) {
      if (p.path().equals(path)) {
        found.add(p.path(), p.reason());
        any = true;
      }
    }
    return any;
  }

  /**
   * Records in {@code found} the problem of the required day at {@code path}: the edge's, or that
   * it is required when it is absent.
   */
  public void requireDate(ProblemCollector found, String path, Object day) {
    if (!take(found, path) && day == null) {
      found.add(path, AdapterMessages.text("application.dateRequiredYyyyMm"));
    }
  }

  /**
   * Records in {@code found} the problem of the required choice among {@code type}'s constants at
   * {@code path}: the edge's, or that it is absent (the same message, which names the choices).
   */
  public <E extends Enum<E>> void requireChoice(
      ProblemCollector found, String path, E value, Class<E> type) {
    if (!take(found, path) && value == null) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      found.add(
          path,
          AdapterMessages.text(
              "application.choice.unknown",
              allowed,
              AdapterMessages.text("application.quoted.absent").vi()));
    }
  }

  /**
   * Throws these problems and those {@code found}, in the order of {@code fields} (a problem of a
   * parameter not named there comes after, as met); nothing when there is none.
   *
   * @throws InvalidInputException naming every parameter at fault
   */
  public void throwWith(ProblemCollector found, String what, List<String> fields) {
    if (problems.isEmpty() && found.isEmpty()) {
      return;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(found.problems());
    // stable: two problems of one parameter keep the order they were met in
    all.sort(Comparator.comparingInt(p -> rank(fields, p.path())));
    throw new InvalidInputException(what, all);
  }

  private static int rank(List<String> fields, String path) {
    int i = fields.indexOf(path);
    return i < 0 ? fields.size() : i;
  }
}
