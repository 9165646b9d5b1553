/**
 * The {@link vn.emulation.jakarta.application.notice.NoticeMail} port on Jakarta Mail ({@link
 * vn.emulation.jakarta.infrastructure.mail.JakartaNoticeMail}): an SMTP server named by
 * MicroProfile Config ({@code emulation.mail.*}), or no mail at all (ADR 0046).
 */
package vn.emulation.jakarta.infrastructure.mail;
