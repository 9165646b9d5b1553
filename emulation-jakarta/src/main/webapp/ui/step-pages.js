// What the pages of the procedure's later steps (report, nomination, appraisal) share beyond the
// case components: the notice for a refusal the API answered as a state (409) or a version (412)
// problem, the unit chooser of city-wide staff, and the notice box. A 400 is never a notice: its
// problems go beside their fields (problem-summary.js).

import { h } from './dom.js';
import { session, ApiProblem } from './session.js';
import { allowedByRefusal } from './cases.js';

/**
 * The notice for a refusal that makes the page read the case again: a 412 (someone else changed
 * it), a 409 (its state does not allow it, with what it allows), or no answer at all; null for a
 * problem the form shows beside its fields.
 */
export function refusalNotice(e, t) {
  if (!(e instanceof ApiProblem)) return { title: t.failed, lines: [e.message] };
  if (e.status === 412) return { title: t.conflictTitle, lines: [e.detail || e.title, t.conflictReloaded] };
  if (e.status === 409) {
    const allowed = allowedByRefusal(e).map((a) => (t.commands && t.commands[a]) || a);
    return { title: t.refusedTitle, lines: [e.detail || e.title, allowed.length ? t.allowedAre(allowed.join(', ')) : t.nothingAllowed] };
  }
  return null;
}

/** The notice box, focusable so that the page can move the focus to it. */
export function noticeBox(n) {
  return h('div', { class: 'notice', role: 'alert', tabindex: '-1', id: 'notice' }, h('h3', {}, n.title), n.lines.map((l) => h('p', {}, l)));
}

/** Whether the signed-in caller chooses the unit (city-wide staff) rather than having one. */
export function choosesUnit() {
  const c = session.caller;
  return !!c && (c.cityWide || !c.unit);
}

/** A refusal to read the unit's cases, said where they would be. */
export function refusalBox(text, p) {
  return h(
    'div',
    { class: 'refusal', role: 'alert' },
    h('p', { class: 'problem', id: 'refusal', tabindex: '-1' }, text),
    h('p', {}, p instanceof ApiProblem ? [p.title, p.detail && p.detail !== p.title ? ` — ${p.detail}` : ''] : p.message),
  );
}

/**
 * The chooser of the unit (city-wide staff) with other selects beside it, or the caller's own unit
 * as text; on submit it asks for the address {unit, …} with an `emulation-navigate` event.
 */
export function unitChooser(host, t, units, extra = []) {
  const c = session.caller;
  if (!c) return null;
  const own = !choosesUnit();
  const asked = host.getAttribute('unit') || '';
  const select = own
    ? null
    : h(
        'select',
        { id: 'unit', name: 'unit' },
        h('option', { value: '' }, '—'),
        (units || []).map((u) => h('option', { value: u.code, selected: u.code === asked }, `${u.name} (${u.code})`)),
        asked && !(units || []).some((u) => u.code === asked) ? h('option', { value: asked, selected: true }, asked) : null,
      );
  if (own && !extra.length) {
    return h('p', { class: 'own' }, h('span', { class: 'label' }, `${t.ownUnit}: `), h('strong', { class: 'own-unit' }, c.unit));
  }
  return h(
    'form',
    {
      class: 'chooser',
      onsubmit: (e) => {
        e.preventDefault();
        const detail = { case: '' };
        if (select) detail.unit = select.value;
        for (const x of extra) detail[x.name] = x.select.value;
        host.dispatchEvent(new CustomEvent('emulation-navigate', { detail, bubbles: true, composed: true }));
      },
    },
    own
      ? h('p', { class: 'own' }, h('span', { class: 'label' }, `${t.ownUnit}: `), h('strong', { class: 'own-unit' }, c.unit))
      : h('div', { class: 'field' }, h('label', { for: 'unit' }, t.unit), select),
    extra.map((x) => h('div', { class: 'field' }, h('label', { for: x.select.id }, x.label), x.select)),
    h('button', { type: 'submit', class: 'secondary', id: 'choose' }, t.show),
  );
}
