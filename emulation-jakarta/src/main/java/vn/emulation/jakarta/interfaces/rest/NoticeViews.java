package vn.emulation.jakarta.interfaces.rest;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.application.notice.NoticeTexts;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.notice.Subscriber;

/** The procedure's notices as the API shows them (ADR 0046). */
final class NoticeViews {

  private NoticeViews() {}

  /**
   * One notice, as its reader sees it.
   *
   * @param id its id
   * @param kind SUBMITTED, RETURNED, ACCEPTED, REOPENED or DEADLINE_APPROACHING
   * @param audience UNIT_STAFF or HOME_AFFAIRS
   * @param caseKind registration, report … or deadline
   * @param caseId the case (the deadline's code for a reminder)
   * @param planCode the plan
   * @param unitCode the unit
   * @param reason the reason of a return or reopening, as given; null when none
   * @param dueOn a reminder's deadline (YYYY-MM-DD), null otherwise
   * @param createdAt when it was given (UTC)
   * @param read whether the caller marked it read
   * @param subject its subject in Vietnamese and English
   * @param body its text in Vietnamese and English
   */
  public record NoticeView(
      String id,
      String kind,
      String audience,
      String caseKind,
      String caseId,
      String planCode,
      String unitCode,
      String reason,
      String dueOn,
      String createdAt,
      boolean read,
      LocalizedText subject,
      LocalizedText body) {
    static NoticeView of(StoredNotice.Read r) {
      var n = r.notice().notice();
      return new NoticeView(
          r.notice().id(),
          n.kind().name(),
          n.audience().kind().name(),
          n.caseKind(),
          n.caseId(),
          n.planCode(),
          n.unitCode(),
          n.reason(),
          n.dueOn() == null ? null : n.dueOn().toString(),
          r.notice().createdAt().toString(),
          r.read(),
          NoticeTexts.subject(n),
          NoticeTexts.body(n));
    }
  }

  /**
   * How many notices the caller has not read: the workspace's badge.
   *
   * @param unread the count
   */
  public record UnreadCount(long unread) {}

  /**
   * The caller's settings for notices.
   *
   * @param language vi (the default) or en: the language of the mails
   * @param email where notices are mailed; null: no mail
   */
  public record NoticeSettingsView(String language, String email) {
    static NoticeSettingsView of(Subscriber s) {
      return new NoticeSettingsView(s.language().getLanguage(), s.email());
    }
  }
}
