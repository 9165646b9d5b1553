package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The rules every query parameter of the API obeys before a resource sees it: given once (a second
 * {@code page} would silently lose to the first), no forbidden character in any value, and a code
 * ({@link TextRules#CODE}) where the parameter names one. Numbers, dates and choices are then read
 * by {@link QueryReader}, and what they mean (a milestone of the plan, a unit that exists) is
 * checked by the use cases. Runs after authorisation, so that a caller without a token learns
 * nothing from it. Every problem at once.
 */
@Provider
@Priority(Priorities.USER)
public class QueryRules implements ContainerRequestFilter {

  /** The query parameters that name something by its code. */
  static final Set<String> CODES =
      Set.of("unit", "indicator", "parent", "root", "category", "awardForm");

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getQueryParameters(true));
  }

  /**
   * @throws vn.emulation.core.common.InvalidInputException naming every bad parameter
   */
  static void check(MultivaluedMap<String, String> query) {
    ProblemCollector problems = new ProblemCollector();
    for (Map.Entry<String, List<String>> p : query.entrySet()) {
      String name = TextRules.visible(p.getKey());
      List<String> values = p.getValue();
      if (values.size() > 1) {
        problems.add(
            name, AdapterMessages.text("rest.parameterGivenTimesGive", name, values.size()));
        continue;
      }
      String value = values.isEmpty() ? null : values.get(0);
      if (value == null || value.isEmpty()) {
        continue; // absent: the default applies
      }
      if (CODES.contains(p.getKey())) {
        TextRules.checkCode(problems, name, value);
      } else {
        TextRules.checkText(problems, name, value);
      }
    }
    problems.throwIfAny("query");
  }
}
