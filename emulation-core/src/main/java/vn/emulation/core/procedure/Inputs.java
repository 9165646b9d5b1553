package vn.emulation.core.procedure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;

/** The checks of a command's plain fields that every case of this package makes alike. */
final class Inputs {

  private Inputs() {}

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** A required text: a problem at {@code path} when absent or blank. */
  static void required(ProblemCollector problems, String path, String value) {
    if (isBlank(value)) {
      problems.add(path, Messages.text("procedure.decision.required", path));
    }
  }

  /** Each nominee once, and eligible: problems at {@code nominees[i]}. */
  static void nominees(ProblemCollector problems, List<Nominee> nominees) {
    if (nominees.isEmpty()) {
      problems.add("nominees", Messages.text("procedure.announcement.noNominees"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < nominees.size(); i++) {
      Nominee n = nominees.get(i);
      String path = "nominees[" + i + "]";
      if (!seen.add(n.nominationId())) {
        problems.add(path, Messages.text("procedure.announcement.nomineeTwice", n.nominationId()));
      }
      if (!n.isEligible()) {
        problems.add(path, Messages.text("procedure.announcement.notEligible", n.nominationId()));
      }
    }
  }
}
