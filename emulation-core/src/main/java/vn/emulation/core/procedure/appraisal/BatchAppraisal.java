package vn.emulation.core.procedure.appraisal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.core.procedure.nomination.Nomination;

/**
 * Home Affairs' appraisal of many nominations at once (a filtered list of its desk): all or none.
 * Every request is tried on its own nomination; when any fails, nothing is appraised and the answer
 * lists every problem of every request, each at {@code items[i]…} (a nomination not in the state to
 * be appraised at {@code items[i]} with the refusal's words, an unknown or repeated one at {@code
 * items[i].nominationId}); otherwise the answer is the new nominations, in the requests' order.
 */
public final class BatchAppraisal {

  private BatchAppraisal() {}

  /**
   * The nominations of {@code cases} appraised as {@code requests} ask.
   *
   * @param cases the nominations the requests may name, by any order
   * @throws InvalidInputException listing every problem of every request; nothing was changed
   */
  public static List<Nomination> appraise(
      Collection<Nomination> cases,
      List<AppraisalRequest> requests,
      WorkingCalendar calendar,
      int correctionWorkingDays,
      String appraiser,
      Instant at) {
    Map<String, Nomination> byId =
        cases.stream().collect(Collectors.toMap(Nomination::id, Function.identity(), (a, b) -> a));
    ProblemCollector problems = new ProblemCollector();
    if (requests.isEmpty()) {
      problems.add("items", Messages.text("procedure.appraisal.batchEmpty"));
    }
    List<Nomination> appraised = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      String item = "items[" + i + "]";
      AppraisalRequest request = requests.get(i);
      Nomination nomination = byId.get(request.nominationId());
      if (nomination == null) {
        problems.add(
            item + ".nominationId",
            Messages.text(
                "procedure.appraisal.unknownNomination", String.valueOf(request.nominationId())));
        continue;
      }
      if (!seen.add(request.nominationId())) {
        problems.add(
            item + ".nominationId",
            Messages.text("procedure.appraisal.nominationTwice", request.nominationId()));
        continue;
      }
      try {
        appraised.add(request.applyTo(nomination, calendar, correctionWorkingDays, appraiser, at));
      } catch (CommandRefusedException e) {
        problems.add(item, e.reason());
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          problems.add(item + "." + p.path(), p.reason());
        }
      }
    }
    problems.throwIfAny("batch appraisal");
    return List.copyOf(appraised);
  }
}
