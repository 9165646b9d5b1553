package vn.emulation.jakarta.format.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.plan.Plan;

/**
 * Writes a {@link Plan} as a plan file ({@code emulation-plan/1}): UTF-8, pretty-printed, fields in
 * the documented order, lists in the plan's order. What the model holds as sets (levels,
 * categories, recipients) is written in a fixed order — enumeration order, and the plan's own order
 * of categories — so writing the same plan twice gives the same text, and reading what was written
 * gives an equal plan. Defaults the format allows to omit are omitted: {@code en} equal to {@code
 * vi}, a scope that is everywhere, an unset {@code minimumMet}/{@code minimumMetParameter}, an
 * alternative's empty {@code appliesTo}. Immutable and thread-safe.
 */
public final class PlanJsonWriter {

  /** The plan as text, ending with a newline. */
  public String write(Plan plan) {
    Map<String, Object> doc = JsonText.object();
    IdentityJson.write(plan.identity(), doc);
    doc.put("milestones", JsonText.list(plan.milestones(), ScheduleJson::milestone));
    doc.put("deadlines", JsonText.list(plan.deadlines(), ScheduleJson::deadline));
    doc.put("parameters", JsonText.list(plan.parameters(), ScheduleJson::parameter));
    doc.put("indicators", JsonText.list(plan.indicators(), TargetsJson::indicator));
    doc.put("targets", JsonText.list(plan.targets(), t -> TargetsJson.target(t, plan)));
    doc.put("categories", JsonText.list(plan.categories(), CriteriaJson::category));
    doc.put(
        "criteria", JsonText.list(plan.criteria(), c -> CriteriaJson.criterion(c, plan, false)));
    doc.put("awardForms", JsonText.list(plan.awardForms(), AwardsJson::awardForm));
    doc.put("occasions", JsonText.list(plan.occasions(), AwardsJson::occasion));
    return JsonText.print(doc);
  }

  /** Writes the plan to {@code out} as UTF-8; the stream is flushed, not closed. */
  public void write(Plan plan, OutputStream out) {
    try {
      out.write(write(plan).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plan " + plan.code(), e);
    }
  }

  /** Writes the plan to {@code out}; the writer is flushed, not closed. */
  public void write(Plan plan, Writer out) {
    try {
      out.write(write(plan));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plan " + plan.code(), e);
    }
  }

  /** Enumeration constants by their declaration order, as names. */
  static <E extends Enum<E>> List<String> inOrder(Set<E> constants) {
    return constants.stream().sorted().map(Enum::name).collect(Collectors.toList());
  }

  /** Category codes in the order the plan lists its categories (unknown ones last, by code). */
  static List<String> categoriesInOrder(Set<String> codes, Plan plan) {
    List<String> order =
        plan.categories().stream().map(ParticipantCategory::code).collect(Collectors.toList());
    return codes.stream()
        .sorted(
            Comparator.comparing(
                    (String c) -> order.contains(c) ? order.indexOf(c) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.toList());
  }
}
