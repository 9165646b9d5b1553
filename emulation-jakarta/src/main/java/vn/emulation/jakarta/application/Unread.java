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

  /** Whether the field or parameter at {@code path} could not be read. */
  public boolean names(String path) {
    return problems.stream().anyMatch(p -> p.path().equals(path));
  }

  /**
   * Records in {@code found} that the day at {@code path} is required, when it is absent and was
   * not unread (then its problem says it already).
   */
  public void requireDate(ProblemCollector found, String path, Object day) {
    if (day == null && !names(path)) {
      found.add(path, AdapterMessages.text("application.dateRequiredYyyyMm"));
    }
  }

  /**
   * Records in {@code found} that one of {@code type}'s constants is required at {@code path}, when
   * it is absent and was not unread.
   */
  public <E extends Enum<E>> void requireChoice(
      ProblemCollector found, String path, E value, Class<E> type) {
    if (value == null && !names(path)) {
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
