package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.procedure.notice.Notice;
import vn.emulation.core.procedure.notice.NoticeRule;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditAnchor;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.notice.Subscriber;

/**
 * The V13 tables through {@link JdbcAnchorRepository} and {@link JdbcNoticeRepository} against a
 * real database: anchors in order, the day's scheduled one found; a notice stored once by its key,
 * read back with its reason's diacritics, reaching only its audience, read per reader; a user's
 * settings replaced. H2 and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NoticeStoreContract {

  private TestDatabase db;
  private JdbcAnchorRepository anchors;
  private JdbcNoticeRepository notices;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    anchors = new JdbcAnchorRepository(db.dataSource);
    notices = new JdbcNoticeRepository(db.dataSource);
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void anchorsReadBackInOrderAndTheDaysScheduledOneIsFound() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    AuditAnchor first =
        new AuditAnchor(
            1, day, 0, "0".repeat(64), Instant.parse("2026-11-30T17:05:00.123Z"), "system", true);
    AuditAnchor second =
        new AuditAnchor(
            2, day, 7, "ab".repeat(32), Instant.parse("2026-12-01T03:00:00Z"), "ha.admin", false);
    anchors.add(first);
    anchors.add(second);

    assertThat(anchors.all()).containsExactly(first, second);
    assertThat(anchors.last()).contains(second);
    assertThat(anchors.scheduledOn(day)).isTrue();
    assertThat(anchors.scheduledOn(day.plusDays(1))).isFalse();
  }

  @Test
  void aNoticeIsStoredOnceAndReachesOnlyItsAudienceReadPerReader() {
    String reason = "Thiếu chữ ký của Chủ tịch — ầấẩẫậ ờớởỡợ ỳýỷỹỵ đĐ";
    Notice returned =
        NoticeRule.ofTransition("registration", "reg-1", "plan", "30730", "return", reason)
            .orElseThrow();
    Notice sent =
        NoticeRule.ofTransition("registration", "reg-2", "plan", "30745", "submit", null)
            .orElseThrow();
    Notice reminder =
        NoticeRule.deadlineApproaching(
                "plan",
                "REGISTRATION",
                LocalDate.of(2023, 1, 31),
                "30730",
                false,
                LocalDate.of(2023, 1, 28),
                7)
            .orElseThrow();
    StoredNotice a =
        new StoredNotice("n-1", returned, returned.key(4), Instant.parse("2023-01-07T02:00:00Z"));
    StoredNotice b =
        new StoredNotice("n-2", sent, sent.key(3), Instant.parse("2023-01-08T02:00:00Z"));
    StoredNotice c =
        new StoredNotice("n-3", reminder, reminder.key(0), Instant.parse("2023-01-09T02:00:00Z"));

    assertThat(notices.addIfAbsent(a)).isTrue();
    assertThat(
            notices.addIfAbsent(new StoredNotice("n-1b", returned, returned.key(4), Instant.now())))
        .as("the same transition, once")
        .isFalse();
    assertThat(notices.addIfAbsent(b)).isTrue();
    assertThat(notices.addIfAbsent(c)).isTrue();

    var ward = notices.reaching(false, "30730", "tram", false, new PageRequest(0, 10));
    assertThat(ward.total()).isEqualTo(2);
    assertThat(ward.items()).extracting(r -> r.notice().id()).containsExactly("n-3", "n-1");
    assertThat(ward.items().get(1).notice()).isEqualTo(a);
    assertThat(ward.items().get(0).notice()).isEqualTo(c);
    var homeAffairs = notices.reaching(true, null, "lan", false, new PageRequest(0, 10));
    assertThat(homeAffairs.items()).extracting(r -> r.notice().id()).containsExactly("n-2");
    assertThat(notices.reaching(false, "30745", "binh", false, new PageRequest(0, 10)).total())
        .isZero();

    assertThat(notices.unread(false, "30730", "tram")).isEqualTo(2);
    notices.markRead("n-1", "tram", Instant.parse("2023-01-10T02:00:00Z"));
    notices.markRead("n-1", "tram", Instant.parse("2023-01-10T03:00:00Z"));
    assertThat(notices.unread(false, "30730", "tram")).isEqualTo(1);
    assertThat(notices.unread(false, "30730", "an")).isEqualTo(2);
    var unreadOnly = notices.reaching(false, "30730", "tram", true, new PageRequest(0, 10));
    assertThat(unreadOnly.items()).extracting(r -> r.notice().id()).containsExactly("n-3");
    assertThat(notices.reaching(false, "30730", "tram", false, new PageRequest(0, 10)).items())
        .filteredOn(r -> r.notice().id().equals("n-1"))
        .singleElement()
        .satisfies(r -> assertThat(r.read()).isTrue());
    assertThat(notices.find("n-2")).contains(b);
    assertThat(notices.find("none")).isEmpty();
  }

  @Test
  void aUsersSettingsAreReplacedAndOnlyThoseWithAnAddressAreMailed() {
    Instant at = Instant.parse("2026-12-01T02:00:00Z");
    notices.saveSubscriber(
        new Subscriber(
            "tram",
            Locale.forLanguageTag("vi"),
            "tram@phuong.example",
            "30730",
            Set.of(Role.REPORTER),
            at));
    notices.saveSubscriber(
        new Subscriber(
            "tram",
            Locale.forLanguageTag("en"),
            "tram@phuong.example",
            "30745",
            Set.of(Role.REPORTER, Role.UNIT_HEAD),
            at));
    notices.saveSubscriber(
        new Subscriber("lan", Locale.forLanguageTag("vi"), null, null, Set.of(Role.OFFICER), at));

    Subscriber tram = notices.subscriber("tram").orElseThrow();
    assertThat(tram.language().getLanguage()).isEqualTo("en");
    assertThat(tram.unitCode()).isEqualTo("30745");
    assertThat(tram.roles()).containsExactlyInAnyOrder(Role.REPORTER, Role.UNIT_HEAD);
    assertThat(notices.mailed()).extracting(Subscriber::user).containsExactly("tram");
    assertThat(notices.subscriber("lan").orElseThrow().emailIfAny()).isEmpty();
  }
}
