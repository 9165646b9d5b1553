package vn.emulation.jakarta.application.procedure;

import java.util.Map;

/**
 * A published announcement as the public reads it, with the names of its nominees as registered.
 *
 * @param names each nominee's participant name, by participant id
 */
public record PublishedList(PlanAnnouncement announcement, Map<String, String> names) {

  public PublishedList {
    names = Map.copyOf(names);
  }
}
