package vn.emulation.jakarta.application.notice;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.procedure.notice.Notice;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A notice's words, in Vietnamese and English (the adapter's catalogue, {@code notice.*}): the
 * subject and the body, naming the case, the unit, the plan, the reason or the deadline's day.
 */
public final class NoticeTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private NoticeTexts() {}

  /** The subject line. */
  public static LocalizedText subject(Notice n) {
    return text(
        switch (n.kind()) {
          case SUBMITTED -> "notice.subject.submitted";
          case RETURNED -> "notice.subject.returned";
          case ACCEPTED -> "notice.subject.accepted";
          case REOPENED -> "notice.subject.reopened";
          case DEADLINE_APPROACHING -> "notice.subject.deadline";
        },
        n);
  }

  /** The body. */
  public static LocalizedText body(Notice n) {
    return text(
        switch (n.kind()) {
          case SUBMITTED -> "notice.body.submitted";
          case RETURNED -> "notice.body.returned";
          case ACCEPTED -> "notice.body.accepted";
          case REOPENED -> "notice.body.reopened";
          case DEADLINE_APPROACHING -> "notice.body.deadline";
        },
        n);
  }

  /** One of the two in {@code language} ("vi" unless "en"). */
  public static String in(LocalizedText t, Locale language) {
    return "en".equals(language.getLanguage()) ? t.en() : t.vi();
  }

  private static LocalizedText text(String key, Notice n) {
    LocalizedText what = caseName(n.caseKind());
    LocalizedText noReason = AdapterMessages.text("notice.noReason");
    String due = n.dueOn() == null ? "" : DAY.format(n.dueOn());
    return new LocalizedText(
        AdapterMessages.text(key, arguments(key, n, what.vi(), noReason.vi(), due)).vi(),
        AdapterMessages.text(key, arguments(key, n, what.en(), noReason.en(), due)).en());
  }

  /** Each text's arguments, in the order its key numbers them. */
  private static Object[] arguments(
      String key, Notice n, String what, String noReason, String due) {
    String reason = n.reasonIfAny().orElse(noReason);
    if (key.equals("notice.subject.deadline")) {
      return new Object[] {due};
    }
    if (key.equals("notice.body.deadline")) {
      return new Object[] {n.unitCode(), n.planCode(), due};
    }
    if (key.startsWith("notice.subject.")) {
      return new Object[] {what, n.unitCode()};
    }
    if (key.equals("notice.body.returned") || key.equals("notice.body.reopened")) {
      return new Object[] {what, n.unitCode(), n.planCode(), reason, n.caseId()};
    }
    return new Object[] {what, n.unitCode(), n.planCode(), n.caseId()};
  }

  private static LocalizedText caseName(String kind) {
    return switch (kind) {
      case "registration" -> AdapterMessages.text("notice.case.registration");
      case "report" -> AdapterMessages.text("notice.case.report");
      case "deadline" -> AdapterMessages.text("notice.case.deadline");
      default -> AdapterMessages.text("notice.case.other", kind);
    };
  }
}
