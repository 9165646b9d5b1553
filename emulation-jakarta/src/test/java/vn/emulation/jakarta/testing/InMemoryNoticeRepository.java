package vn.emulation.jakarta.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.procedure.notice.Audience;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.notice.NoticeRepository;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.notice.Subscriber;

/** The notices, their readers and the users' settings in memory. */
public final class InMemoryNoticeRepository implements NoticeRepository {

  private final List<StoredNotice> notices = new ArrayList<>();
  private final Set<String> reads = new HashSet<>();
  private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();

  @Override
  public boolean addIfAbsent(StoredNotice notice) {
    if (notices.stream().anyMatch(n -> n.key().equals(notice.key()))) {
      return false;
    }
    notices.add(notice);
    return true;
  }

  private List<StoredNotice> reachingAll(boolean homeAffairs, String staffUnit) {
    return notices.stream()
        .filter(
            n -> {
              Audience a = n.notice().audience();
              return a.kind() == Audience.Kind.HOME_AFFAIRS
                  ? homeAffairs
                  : a.unitCode().equals(staffUnit);
            })
        .sorted(Comparator.comparing(StoredNotice::createdAt).reversed())
        .toList();
  }

  @Override
  public Page<StoredNotice.Read> reaching(
      boolean homeAffairs, String staffUnit, String user, boolean unreadOnly, PageRequest page) {
    List<StoredNotice.Read> all =
        reachingAll(homeAffairs, staffUnit).stream()
            .map(n -> new StoredNotice.Read(n, reads.contains(n.id() + "/" + user)))
            .filter(r -> !unreadOnly || !r.read())
            .toList();
    return Page.slice(all, page);
  }

  @Override
  public long unread(boolean homeAffairs, String staffUnit, String user) {
    return reachingAll(homeAffairs, staffUnit).stream()
        .filter(n -> !reads.contains(n.id() + "/" + user))
        .count();
  }

  @Override
  public Optional<StoredNotice> find(String id) {
    return notices.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Override
  public void markRead(String id, String user, Instant at) {
    reads.add(id + "/" + user);
  }

  @Override
  public Optional<Subscriber> subscriber(String user) {
    return Optional.ofNullable(subscribers.get(user));
  }

  @Override
  public void saveSubscriber(Subscriber subscriber) {
    subscribers.put(subscriber.user(), subscriber);
  }

  @Override
  public List<Subscriber> mailed() {
    return subscribers.values().stream().filter(s -> s.email() != null).toList();
  }

  public List<StoredNotice> all() {
    return List.copyOf(notices);
  }
}
