package vn.emulation.devsignin;

import java.util.List;
import java.util.stream.Collectors;

/** A token request with wrong fields, every one of them; no token was minted. */
final class InvalidTokenRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  InvalidTokenRequestException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.en()).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid request has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
