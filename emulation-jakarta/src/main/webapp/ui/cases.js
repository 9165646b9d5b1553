// What the procedure's pages share about a case, whatever its step (ADR 0036/0037): a case's JSON
// holds `id`, `state`, `version` (its ETag, for If-Match), `transitions` and, where the API gives
// them, `allowed` (or `allowedCommands`): the commands its state allows now.

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };

/** An instant of the API as dd/mm/yyyy hh:mm in Vietnam's time (the day of an act is Vietnam's). */
export function moment(iso, lang) {
  if (!iso) return '';
  const locale = LOCALES[lang] || LOCALES.vi;
  const d = new Date(iso);
  const zone = { timeZone: 'Asia/Ho_Chi_Minh' };
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', ...zone }).format(d);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, ...zone }).format(d);
  return `${date} ${time}`;
}

/** The commands the case's state allows now, as the API said; empty when it did not say. */
export function allowedOf(c) {
  if (!c) return [];
  const list = c.allowed || c.allowedCommands;
  return Array.isArray(list) ? list : [];
}

/** Whether the case's state allows `command` now. */
export function allows(c, command) {
  return allowedOf(c).includes(command);
}

/** The If-Match value of the case as read: the answer's ETag, else its version quoted. */
export function ifMatchOf(c, etag) {
  return etag || `"${c.version}"`;
}

/**
 * The step that put the case into `state` last (the latest return, say): the last transition into
 * it from another state, so that an amendment made in that state (RETURNED → RETURNED) is not
 * taken for it; null when none did.
 */
export function lastInto(c, state) {
  const steps = (c && c.transitions) || [];
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i].to === state && steps[i].from !== state) return steps[i];
  return null;
}

/** The case's last transition, or null while it has none. */
export function lastStep(c) {
  const steps = (c && c.transitions) || [];
  return steps.length ? steps[steps.length - 1] : null;
}

/** The commands a refusal (409) names as allowed, from its problem document's `allowed`. */
export function allowedByRefusal(problem) {
  const p = problem && problem.problem;
  return p && Array.isArray(p.allowed) ? p.allowed : [];
}
