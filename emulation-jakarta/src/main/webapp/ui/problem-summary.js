// What the API refused, shown the same way on every form of the administration pages (the GOV.UK
// error summary pattern): a summary at the top of the form that takes the focus, listing every
// problem the API named at once, each linked to its input where the field is on the form; and
// beside each such input its reason, tied to it by aria-describedby and aria-invalid. The reasons
// are the API's own, in the language the call asked for (Accept-Language): none is written here.

import { h } from './dom.js';

/**
 * Marks the inputs of `form` that the problem names and answers the summary to put at its top.
 * @param problem an ApiProblem (session.js): status, title, detail, errors[{field, reason}]
 * @param inputs the form's inputs by the API's field name ({id: inputElement, …})
 * @param words {summary, problemAt} in the reader's language
 */
export function showProblems(form, problem, inputs, words, uid) {
  clearProblems(form);
  const items = [];
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ field: '', reason: problem.message }];
  errors.forEach((e, i) => {
    const input = inputs[e.field] || null;
    const id = `${uid}-p${i}`;
    if (input) {
      const reason = h('p', { id, class: 'field-problem problem' }, e.reason);
      input.setAttribute('aria-invalid', 'true');
      const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      input.dataset.describedBefore = described.join(' ');
      input.setAttribute('aria-describedby', [id, ...described].join(' '));
      input.before(reason);
    }
    // a field of the form is named by its label; any other by the API's path (a plan file's JSON path)
    const label = input && form.querySelector(`label[for="${input.id}"]`);
    const text = label
      ? [h('span', { class: 'label' }, label.textContent), ': ', e.reason]
      : e.field
        ? [h('code', { class: 'path' }, e.field), ': ', e.reason]
        : [e.reason];
    items.push(
      h(
        'li',
        {},
        input
          ? h(
              'a',
              {
                href: `#${input.id}`,
                onclick: (ev) => {
                  ev.preventDefault();
                  input.focus();
                },
              },
              text,
            )
          : text,
      ),
    );
  });
  const heading = `${uid}-summary-h`;
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': heading },
    h('h3', { id: heading }, words.summary(errors.length)),
    problem.title && problem.errors.length ? h('p', {}, problem.title) : null,
    h('ul', { class: 'problems' }, items),
  );
  form.prepend(summary);
  summary.focus();
  return summary;
}

/** Takes away what showProblems put on the form. */
export function clearProblems(form) {
  for (const el of form.querySelectorAll('.error-summary, .field-problem')) el.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    const before = input.dataset.describedBefore;
    if (before) input.setAttribute('aria-describedby', before);
    else input.removeAttribute('aria-describedby');
    delete input.dataset.describedBefore;
  }
}

/** A labelled input (or select) with an optional hint: [label, hint?, input]. */
export function field(id, label, input, hint) {
  input.id = id;
  const parts = [h('label', { for: id }, label)];
  if (hint) {
    const hintId = `${id}-hint`;
    parts.push(h('p', { id: hintId, class: 'hint' }, hint));
    input.setAttribute('aria-describedby', hintId);
  }
  parts.push(input);
  return h('div', { class: 'field' }, parts);
}

/**
 * Paging controls of a Page answer ({items, page, size, total}): where the reader is and the
 * buttons to the previous and next page, disabled at either end.
 */
export function pager(page, words, go, label) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    h(
      'button',
      { type: 'button', class: 'secondary prev', disabled: page.page <= 0, onclick: () => go(page.page - 1) },
      words.previous,
    ),
    h('span', { class: 'where', 'aria-live': 'polite' }, words.pageOf(page.page + 1, pages, page.total)),
    h(
      'button',
      { type: 'button', class: 'secondary next', disabled: page.page + 1 >= pages, onclick: () => go(page.page + 1) },
      words.next,
    ),
  );
}
