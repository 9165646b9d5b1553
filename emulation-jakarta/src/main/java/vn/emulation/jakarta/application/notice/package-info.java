/**
 * The procedure's notices (issue 13, ADR 0046): {@link
 * vn.emulation.jakarta.application.notice.Notices} stores what the core's {@code NoticeRule} says a
 * case's change or a coming deadline tells whom, lists a caller's notices, marks them read, keeps a
 * user's settings (language, address) and mails a notice through the {@link
 * vn.emulation.jakarta.application.notice.NoticeMail} port when a server is configured; {@link
 * vn.emulation.jakarta.application.notice.NoticeTexts} writes it in the reader's language. Ports
 * {@link vn.emulation.jakarta.application.notice.NoticeRepository} and {@code NoticeMail}.
 */
package vn.emulation.jakarta.application.notice;
