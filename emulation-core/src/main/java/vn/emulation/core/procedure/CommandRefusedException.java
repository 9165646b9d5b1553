package vn.emulation.core.procedure;

import java.util.List;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * A command the case's state does not allow: names the case, its state, the command, and the
 * commands the state does allow, so that the caller (HTTP: 409) can say what may be done instead.
 * Nothing was changed.
 */
public class CommandRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String state;
  private final String command;
  private final List<String> allowed;
  private final transient LocalizedText reason;

  public CommandRefusedException(String kind, Enum<?> state, String command, List<String> allowed) {
    this(kind, state.name(), command, allowed);
  }

  private CommandRefusedException(String kind, String state, String command, List<String> allowed) {
    super(text(kind, state, command, allowed).en());
    this.kind = kind;
    this.state = state;
    this.command = command;
    this.allowed = List.copyOf(allowed);
    this.reason = text(kind, state, command, allowed);
  }

  private static LocalizedText text(
      String kind, String state, String command, List<String> allowed) {
    String list = allowed.isEmpty() ? "—" : allowed.stream().collect(Collectors.joining(", "));
    return Messages.text("procedure.commandRefused", command, kind, state, list);
  }

  /** The kind of case, as its {@link Lifecycle} names it ("registration", "nomination" …). */
  public String kind() {
    return kind;
  }

  /** The state the case is in. */
  public String state() {
    return state;
  }

  public String command() {
    return command;
  }

  /** The commands the state allows, in the lifecycle's order; empty in a final state. */
  public List<String> allowed() {
    return allowed;
  }

  /** The refusal in Vietnamese and English. */
  public LocalizedText reason() {
    return reason;
  }
}
