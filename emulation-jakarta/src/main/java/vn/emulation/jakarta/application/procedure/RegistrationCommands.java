package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/** What a client asks of registrations, as the edge read it; the core checks the values. */
public final class RegistrationCommands {

  private RegistrationCommands() {}

  /**
   * A unit opens its registration for a plan (or one occasion of it), naming its participants.
   *
   * @param occasionCode the occasion, absent for the whole plan
   * @param unitCode the registering unit; a unit's staff may name only a unit of their own
   * @param participantIds the unit's participants that take part, possibly none yet
   * @param unread the fields the edge could not read (then absent here)
   */
  public record OpenRegistration(
      String occasionCode, String unitCode, List<String> participantIds, Unread unread) {

    public OpenRegistration {
      participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The participants of a draft or returned registration replaced.
   *
   * @param participantIds the new list, in its order
   * @param unread the fields the edge could not read (then absent here)
   */
  public record AmendRegistration(List<String> participantIds, Unread unread) {

    public AmendRegistration {
      participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * A unit sends its registration to Home Affairs. It has no fields: what is sent is the
   * registration as stored at the version named in If-Match, so the body is {}, like a run's start.
   */
  public record SubmitRegistration() {}

  /**
   * Home Affairs' answer to a registration sent: a reason, required to return it, a note optional
   * to accept it.
   *
   * @param unread the fields the edge could not read (then absent here)
   */
  public record RegistrationAnswer(String reason, Unread unread) {

    public RegistrationAnswer {
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The list's filters: a state, a unit, the page.
   *
   * @param unread the parameters the edge could not read
   */
  public record RegistrationQuery(String state, String unit, PageRequest page, Unread unread) {

    public RegistrationQuery {
      unread = unread == null ? Unread.none() : unread;
    }
  }
}
