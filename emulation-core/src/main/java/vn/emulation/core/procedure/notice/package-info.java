/**
 * Who is told of what in the award procedure (issue 13, ADR 0046): {@link
 * vn.emulation.core.procedure.notice.NoticeRule} turns a case's transition, or a deadline coming
 * near, into a {@link vn.emulation.core.procedure.notice.Notice} of a {@link
 * vn.emulation.core.procedure.notice.NoticeKind} addressed to an {@link
 * vn.emulation.core.procedure.notice.Audience}: the unit's staff for their unit's cases, Home
 * Affairs for what is sent to it. The adapter delivers; it never decides who receives.
 */
package vn.emulation.core.procedure.notice;
