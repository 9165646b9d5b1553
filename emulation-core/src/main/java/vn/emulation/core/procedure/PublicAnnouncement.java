package vn.emulation.core.procedure;

import static vn.emulation.core.procedure.AnnouncementState.CLOSED;
import static vn.emulation.core.procedure.AnnouncementState.PREPARED;
import static vn.emulation.core.procedure.AnnouncementState.PUBLISHED;
import static vn.emulation.core.procedure.AnnouncementState.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.LawRuleSet;

/**
 * The public announcement of appraised nominees (công khai, lấy ý kiến; Decree 98/2023 art. 46, its
 * successor in Decree 152/2025): the list is published on a day and a channel, stays published for
 * the working days the law in force that day asks for each form, the longest of which is the list's
 * period; opinions received in that period are recorded and each is answered; the council may not
 * meet until the period has run its course and the announcement is closed ({@link
 * #councilMayMeetOn}). Changes only through its commands, each returning the next version.
 * Immutable and thread-safe.
 *
 * @param id its identifier
 * @param version incremented by each transition (the store's optimistic lock)
 * @param state where it stands
 * @param nominees the eligible nominees listed
 * @param channel where it is published (the portal's address); {@code null} until published
 * @param publishedOn the day of publication; {@code null} until published
 * @param periods each form's period; empty until published
 * @param comments the opinions received, by number
 * @param openedBy who drew the list up
 * @param openedAt when
 * @param transitions its steps, in order
 */
public record PublicAnnouncement(
    String id,
    long version,
    AnnouncementState state,
    List<Nominee> nominees,
    String channel,
    LocalDate publishedOn,
    List<AnnouncementPeriod> periods,
    List<PublicComment> comments,
    String openedBy,
    Instant openedAt,
    List<Transition<AnnouncementState>> transitions) {

  public static final String PUBLISH = "publish";
  public static final String COMMENT = "comment";
  public static final String ANSWER = "answer";
  public static final String CLOSE = "close";
  public static final String WITHDRAW = "withdraw";

  /** The announcement's table of states and commands. */
  public static final Lifecycle<AnnouncementState> LIFECYCLE =
      Lifecycle.of("announcement", AnnouncementState.class)
          .allow(PREPARED, PUBLISH, PUBLISHED)
          .allow(PREPARED, WITHDRAW, WITHDRAWN)
          .allow(PUBLISHED, COMMENT, PUBLISHED)
          .allow(PUBLISHED, ANSWER, PUBLISHED)
          .allow(PUBLISHED, CLOSE, CLOSED)
          .allow(PUBLISHED, WITHDRAW, WITHDRAWN)
          .build();

  public PublicAnnouncement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    nominees = List.copyOf(nominees);
    periods = List.copyOf(periods);
    comments = List.copyOf(comments);
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    transitions = List.copyOf(transitions);
  }

  /**
   * A list drawn up from appraised nominees, each once and eligible.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem at {@code
   *     nominees[i]}
   */
  public static PublicAnnouncement prepare(
      String id, List<Nominee> nominees, String actor, Instant at) {
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "id", id);
    Inputs.nominees(problems, nominees);
    problems.throwIfAny("announcement");
    return new PublicAnnouncement(
        id, 0, PREPARED, nominees, null, null, List.of(), List.of(), actor, at, List.of());
  }

  /**
   * Publishes the list on {@code day} at {@code channel}: each form's period is the working days
   * the law in force on {@code day} asks for it, counted on {@code calendar} from the next day.
   *
   * @throws CommandRefusedException unless prepared
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: no channel
   *     ({@code channel}), no law in force or a day the calendar cannot tell ({@code publishedOn})
   */
  public PublicAnnouncement publish(
      LocalDate day,
      String channel,
      LawRuleSet law,
      WorkingCalendar calendar,
      String actor,
      Instant at) {
    LIFECYCLE.next(state, PUBLISH);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "channel", channel);
    List<AnnouncementPeriod> counted = new ArrayList<>();
    if (day == null) {
      problems.add("publishedOn", Messages.text("procedure.decision.required", "publishedOn"));
    } else {
      AnnouncementPeriods.count(law, calendar, day, nominees, counted, problems);
    }
    problems.throwIfAny("announcement " + id);
    return new PublicAnnouncement(
        id,
        version + 1,
        PUBLISHED,
        nominees,
        channel.strip(),
        day,
        counted,
        comments,
        openedBy,
        openedAt,
        LIFECYCLE.append(transitions, state, PUBLISH, actor, at, null));
  }

  /**
   * Records an opinion received on {@code receivedOn}, within the period.
   *
   * @param nominationId the nominee it concerns; {@code null} for the whole list
   * @throws CommandRefusedException unless published
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  public PublicAnnouncement comment(
      String author,
      LocalDate receivedOn,
      String text,
      String nominationId,
      String actor,
      Instant at) {
    LIFECYCLE.next(state, COMMENT);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "author", author);
    Inputs.required(problems, "text", text);
    if (receivedOn == null) {
      problems.add("receivedOn", Messages.text("procedure.decision.required", "receivedOn"));
    } else if (receivedOn.isBefore(publishedOn) || receivedOn.isAfter(lastDay())) {
      problems.add(
          "receivedOn",
          Messages.text(
              "procedure.announcement.commentOutsidePeriod", receivedOn, publishedOn, lastDay()));
    }
    if (nominationId != null
        && nominees.stream().noneMatch(n -> n.nominationId().equals(nominationId))) {
      problems.add(
          "nominationId", Messages.text("procedure.announcement.unknownNominee", nominationId));
    }
    problems.throwIfAny("comment on announcement " + id);
    List<PublicComment> more = new ArrayList<>(comments);
    more.add(
        new PublicComment(
            comments.size() + 1, author.strip(), receivedOn, text.strip(), nominationId, null));
    return next(COMMENT, PUBLISHED, more, actor, at, null);
  }

  /**
   * Answers comment {@code number}.
   *
   * @throws CommandRefusedException unless published
   * @throws vn.emulation.core.common.InvalidInputException when the comment does not exist or is
   *     answered already, or the answer is blank
   */
  public PublicAnnouncement answer(int number, String text, String actor, Instant at) {
    LIFECYCLE.next(state, ANSWER);
    ProblemCollector problems = new ProblemCollector();
    Optional<PublicComment> c = comments.stream().filter(x -> x.number() == number).findFirst();
    if (c.isEmpty()) {
      problems.add("number", Messages.text("procedure.announcement.unknownComment", number));
    } else if (c.get().isAnswered()) {
      problems.add("number", Messages.text("procedure.announcement.answeredAlready", number));
    }
    Inputs.required(problems, "text", text);
    problems.throwIfAny("answer on announcement " + id);
    List<PublicComment> more = new ArrayList<>(comments);
    more.set(number - 1, c.get().answered(new PublicComment.Reply(actor, at, text.strip())));
    return next(ANSWER, PUBLISHED, more, actor, at, null);
  }

  /**
   * Closes the announcement on {@code day}: the period must have run its course by then and every
   * comment must be answered.
   *
   * @throws CommandRefusedException unless published
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: too early ({@code
   *     closedOn}), each unanswered comment ({@code comments[i]})
   */
  public PublicAnnouncement close(LocalDate day, String actor, Instant at) {
    LIFECYCLE.next(state, CLOSE);
    ProblemCollector problems = new ProblemCollector();
    if (day == null || !day.isAfter(lastDay())) {
      problems.add(
          "closedOn", Messages.text("procedure.announcement.notRunItsCourse", day, lastDay()));
    }
    for (int i = 0; i < comments.size(); i++) {
      if (!comments.get(i).isAnswered()) {
        problems.add(
            "comments[" + i + "]",
            Messages.text("procedure.announcement.unanswered", comments.get(i).number()));
      }
    }
    problems.throwIfAny("announcement " + id);
    return next(CLOSE, CLOSED, comments, actor, at, null);
  }

  /**
   * Takes the list down, with the reason.
   *
   * @throws CommandRefusedException once closed or withdrawn
   * @throws vn.emulation.core.common.InvalidInputException without a reason
   */
  public PublicAnnouncement withdraw(String reason, String actor, Instant at) {
    LIFECYCLE.next(state, WITHDRAW);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "reason", reason);
    problems.throwIfAny("announcement " + id);
    return next(WITHDRAW, WITHDRAWN, comments, actor, at, reason);
  }

  /**
   * The last day of the list's period: the latest of its forms'.
   *
   * @throws IllegalStateException before publication
   */
  public LocalDate lastDay() {
    return periods.stream()
        .map(AnnouncementPeriod::lastDay)
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException("announcement " + id + " is not published"));
  }

  /**
   * The first day the council may meet on this list once it is closed: the day after its period
   * (LAW.md §3.4), a calendar day, since the council may meet on any day it is called. The pages
   * show it beside the period so that nobody counts it again.
   *
   * @throws IllegalStateException before publication
   */
  public LocalDate earliestCouncilDay() {
    return lastDay().plusDays(1);
  }

  /**
   * Whether the council may meet on {@code day} on this list: the announcement is closed and {@code
   * day} falls after its period (LAW.md §3.4: the meeting falls after the last day).
   */
  public boolean councilMayMeetOn(LocalDate day) {
    return whyCouncilMayNotMeetOn(day).isEmpty();
  }

  /** Why the council may not meet on {@code day} on this list; empty when it may. */
  public Optional<LocalizedText> whyCouncilMayNotMeetOn(LocalDate day) {
    if (state != CLOSED) {
      return Optional.of(Messages.text("procedure.announcement.notClosed", id, state.name()));
    }
    if (day.isBefore(earliestCouncilDay())) {
      return Optional.of(Messages.text("procedure.announcement.councilTooEarly", day, lastDay()));
    }
    return Optional.empty();
  }

  /** The commands the state allows now. */
  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(state);
  }

  private PublicAnnouncement next(
      String command,
      AnnouncementState to,
      List<PublicComment> withComments,
      String actor,
      Instant at,
      String reason) {
    return new PublicAnnouncement(
        id,
        version + 1,
        to,
        nominees,
        channel,
        publishedOn,
        periods,
        withComments,
        openedBy,
        openedAt,
        LIFECYCLE.append(transitions, state, command, actor, at, reason));
  }
}
