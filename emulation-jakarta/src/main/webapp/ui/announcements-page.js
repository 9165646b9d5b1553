// The public announcement page (step 5 of the procedure): anyone, without signing in, reads the
// lists of nominees the city publishes before its council meets. Like the dashboard page it keeps
// the plan and the language in its address; the element reads only published endpoints.

import { language } from './texts.js';
import { ANNOUNCEMENT_TEXTS } from './texts-announcements.js';

const element = document.querySelector('emulation-announcements');
const buttons = [...document.querySelectorAll('.languages button')];

function fromAddress() {
  const q = new URLSearchParams(location.search);
  const lang = language(q.get('lang') || 'vi');
  const t = ANNOUNCEMENT_TEXTS[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t[el.dataset.text];
  document.title = t.title;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (q.get('plan')) element.setAttribute('plan', q.get('plan'));
  element.setAttribute('lang', lang);
}

for (const b of buttons) {
  b.addEventListener('click', () => {
    const q = new URLSearchParams(location.search);
    if (b.dataset.lang === 'vi') q.delete('lang');
    else q.set('lang', b.dataset.lang);
    const s = q.toString();
    history.replaceState(null, '', `${location.pathname}${s ? `?${s}` : ''}`);
    fromAddress();
  });
}

fromAddress();
await import('./emulation-announcements.js');
