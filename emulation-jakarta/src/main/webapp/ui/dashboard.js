// The dashboard page: keeps what is shown (plan, unit, milestone, language) in the address, so
// that a reload, a bookmark or the language switch keeps the page, and Back goes up again.

import { TEXTS, language } from './texts.js';

const element = document.querySelector('emulation-progress');
const buttons = [...document.querySelectorAll('.languages button')];

function fromAddress() {
  const q = new URLSearchParams(location.search);
  const lang = language(q.get('lang') || 'vi');
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-text]')) {
    el.textContent = TEXTS[lang][el.dataset.text];
  }
  document.title = TEXTS[lang].appTitle;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (q.get('plan')) element.setAttribute('plan', q.get('plan'));
  for (const name of ['unit', 'milestone']) {
    if (q.get(name)) element.setAttribute(name, q.get(name));
    else element.removeAttribute(name);
  }
  element.setAttribute('lang', lang);
}

function address(changes) {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return `${location.pathname}${s ? `?${s}` : ''}`;
}

for (const b of buttons) {
  b.addEventListener('click', () => {
    history.replaceState(null, '', address({ lang: b.dataset.lang === 'vi' ? '' : b.dataset.lang }));
    fromAddress();
  });
}

element.addEventListener('emulation-navigate', (e) => {
  history.pushState(null, '', address(e.detail));
});

window.addEventListener('popstate', fromAddress);
fromAddress();
// defined once its attributes say what to show, so that the first load is the right one
await import('./emulation-progress.js');
