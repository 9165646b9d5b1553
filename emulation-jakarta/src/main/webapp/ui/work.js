// The signed-in workspace: one document, so that the token (in memory, session.js) lives as long
// as the tab does while the reader moves between its pages. The address keeps which page is shown
// and what it shows (?view=desk&unit=30745&year=2024&lang=en), never the token: a bookmark or a
// reload opens the same page after signing in again.
//
// A page is a custom element in a module of its own, loaded when first shown. It takes the
// attributes `plan`, `lang` and those of the address its view lists, reads the caller from
// session.js, and asks for a new address with an `emulation-navigate` event ({detail: {name:
// value}}), as the dashboard's element does.

import { session, settings } from './session.js';
import { TEXTS, language } from './texts.js';
import { WORK_TEXTS } from './texts-work.js';
import './emulation-sign-in.js';

const PLAN = 'rach-gia-2022-2025';

/**
 * The pages, in the order of the navigation: who sees each (the API refuses the others anyway;
 * this only keeps a reporter's menu short), its element and the address parameters it takes.
 */
const VIEWS = [
  // { view: 'desk', tag: 'emulation-desk', module: './emulation-desk.js', roles: [...], params: [...], text: {vi, en} },
  {
    view: 'desk',
    tag: 'emulation-desk',
    module: './emulation-desk.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin'],
    params: ['unit', 'year'],
    text: { vi: 'Báo cáo số liệu', en: 'Report figures' },
  },
  // the procedure, step 1: a unit's registration, and Home Affairs' queue of them (ADR 0036/0037)
  {
    view: 'registration',
    tag: 'emulation-registration',
    module: './emulation-registration.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin'],
    params: ['unit'],
    text: { vi: 'Đăng ký thi đua', en: 'Registration' },
  },
  {
    view: 'registrations',
    tag: 'emulation-registrations',
    module: './emulation-registrations.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'unit', 'case'],
    text: { vi: 'Tiếp nhận đăng ký', en: 'Registrations received' },
  },
  // step 2: a unit's yearly movement report, and Home Affairs' queue of them
  {
    view: 'report',
    tag: 'emulation-report',
    module: './emulation-report.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin'],
    params: ['unit', 'year'],
    text: { vi: 'Báo cáo phong trào', en: 'Movement report' },
  },
  {
    view: 'reports',
    tag: 'emulation-reports',
    module: './emulation-reports.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'unit', 'year', 'case'],
    text: { vi: 'Duyệt báo cáo phong trào', en: 'Movement reports received' },
  },
  // steps 3–4: a unit's nominations with their dossiers, and Home Affairs' appraisal desk
  {
    view: 'nomination',
    tag: 'emulation-nomination',
    module: './emulation-nomination.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin'],
    params: ['unit', 'case'],
    text: { vi: 'Đề nghị khen thưởng', en: 'Nominations' },
  },
  {
    view: 'appraisals',
    tag: 'emulation-appraisals',
    module: './emulation-appraisals.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'unit', 'occasion', 'form', 'case'],
    text: { vi: 'Thẩm định hồ sơ', en: 'Appraisal' },
  },
  // step 5: Home Affairs' announcement desk; step 6: the council's record, and a member's own vote
  {
    view: 'announcement-desk',
    tag: 'emulation-announcement-desk',
    module: './emulation-announcement-desk.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'case'],
    text: { vi: 'Công khai danh sách', en: 'Announcement' },
  },
  {
    view: 'council',
    tag: 'emulation-council',
    module: './emulation-council.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'case'],
    text: { vi: 'Hội đồng thi đua', en: 'Council' },
  },
  {
    view: 'council-vote',
    tag: 'emulation-council-vote',
    module: './emulation-council-vote.js',
    roles: ['council'],
    params: [],
    text: { vi: 'Bỏ phiếu', en: 'Vote' },
  },
  // steps 7–8: the submission desk, the Chairman's page of decisions, the revocations (ADR 0048)
  {
    view: 'submissions',
    tag: 'emulation-submissions',
    module: './emulation-submissions.js',
    roles: ['officer', 'admin', 'council', 'chairman'],
    params: ['state', 'case'],
    text: { vi: 'Tờ trình khen thưởng', en: 'Award submissions' },
  },
  {
    view: 'decisions',
    tag: 'emulation-decisions',
    module: './emulation-submissions.js',
    roles: ['chairman', 'admin'],
    params: ['state', 'case'],
    text: { vi: 'Quyết định khen thưởng', en: 'Award decisions' },
  },
  {
    view: 'revocations',
    tag: 'emulation-revocations',
    module: './emulation-revocations.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin', 'council', 'chairman'],
    params: ['state', 'case'],
    text: { vi: 'Hủy bỏ khen thưởng', en: 'Revocations' },
  },
  // a participant's history of ratings, titles, initiatives and awards, with where each came from
  {
    view: 'history',
    tag: 'emulation-history',
    module: './emulation-history.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin', 'council', 'chairman'],
    params: ['participant'],
    text: { vi: 'Lịch sử khen thưởng', en: 'Award history' },
  },
  // the caller's notices of the procedure: returns, results, cases sent, deadlines near (ADR 0046)
  {
    view: 'notices',
    tag: 'emulation-notices',
    module: './emulation-notices.js',
    roles: ['reporter', 'unit-head', 'officer', 'admin', 'council', 'chairman'],
    params: [],
    text: { vi: 'Thông báo', en: 'Notices' },
  },
  {
    view: 'units',
    tag: 'emulation-units',
    module: './emulation-units.js',
    roles: ['admin', 'officer', 'council', 'chairman', 'unit-head', 'reporter'],
    params: ['unit', 'date'],
    text: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  },
  // administration: a change of a version's status is the managers' (officer, admin), an import the admin's
  { view: 'plans', tag: 'emulation-plans', module: './emulation-plans.js', roles: ['admin', 'officer'], params: [], text: { vi: 'Kế hoạch', en: 'Plans' } },
  { view: 'participants', tag: 'emulation-participants', module: './emulation-participants.js', roles: ['admin', 'officer'], params: ['unit', 'category'], text: { vi: 'Đối tượng thi đua', en: 'Participants' } },
];

const main = document.querySelector('main');
const nav = document.querySelector('nav.views ul');
const account = document.querySelector('emulation-sign-in');
const buttons = [...document.querySelectorAll('.languages button')];

function query() {
  return new URLSearchParams(location.search);
}

function lang() {
  return language(query().get('lang') || 'vi');
}

function address(changes, keep = true) {
  const q = keep ? query() : new URLSearchParams(lang() === 'en' ? { lang: 'en' } : {});
  for (const [k, v] of Object.entries(changes)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return `${location.pathname}${s ? `?${s}` : ''}`;
}

function allowed(view) {
  return session.signedIn && session.has(...view.roles);
}

function renderWords() {
  const l = lang();
  const words = { ...TEXTS[l], ...WORK_TEXTS[l] };
  document.documentElement.lang = l;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = words[el.dataset.text];
  for (const el of document.querySelectorAll('[data-label]')) el.setAttribute('aria-label', words[el.dataset.label]);
  document.title = WORK_TEXTS[l].workTitle;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === l));
  account.setAttribute('lang', l);
}

function renderNav(current) {
  const t = WORK_TEXTS[lang()];
  const items = VIEWS.filter(allowed).map((v) => {
    const a = document.createElement('a');
    a.href = address({ view: v.view }, false);
    a.textContent = v.text[lang()];
    if (v === current) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      history.pushState(null, '', a.href);
      show();
    });
    const li = document.createElement('li');
    li.append(a);
    return li;
  });
  const dashboard = document.createElement('a');
  dashboard.href = `./${lang() === 'en' ? '?lang=en' : ''}`;
  dashboard.textContent = t.dashboard;
  const li = document.createElement('li');
  li.append(dashboard);
  nav.replaceChildren(...items, li);
}

function message(text, cls = 'note') {
  const p = document.createElement('p');
  p.className = cls;
  p.textContent = text;
  return p;
}

let shown = null;

async function show() {
  renderWords();
  const t = WORK_TEXTS[lang()];
  const q = query();
  const wanted = VIEWS.find((v) => v.view === q.get('view'));
  const view = wanted && allowed(wanted) ? wanted : VIEWS.find(allowed);
  renderNav(view);
  if (!session.signedIn) {
    shown = null;
    main.replaceChildren(message(t.signInNeeded));
    return;
  }
  if (!view) {
    shown = null;
    main.replaceChildren(message(wanted ? t.notAllowed : t.choosePage));
    return;
  }
  let element = shown && shown.localName === view.tag ? shown : null;
  if (!element) {
    main.replaceChildren(message(t.loading));
    try {
      await import(view.module);
    } catch (e) {
      main.replaceChildren(message(`${t.loadFailed}: ${e.message}`, 'problem'));
      return;
    }
    element = document.createElement(view.tag);
    element.addEventListener('emulation-navigate', (e) => {
      history.pushState(null, '', address(e.detail));
      show();
    });
  }
  element.setAttribute('plan', q.get('plan') || PLAN);
  element.setAttribute('lang', lang());
  for (const name of view.params || []) {
    if (q.get(name)) element.setAttribute(name, q.get(name));
    else element.removeAttribute(name);
  }
  if (element !== shown) {
    main.replaceChildren(element);
    shown = element;
  }
}

for (const b of buttons) {
  b.addEventListener('click', () => {
    history.replaceState(null, '', address({ lang: b.dataset.lang === 'vi' ? '' : b.dataset.lang }));
    show();
  });
}

let wasSignedIn = false;
session.addEventListener('change', () => {
  // a token refused on a call (expired) signs out: say so where the page was
  const expired = wasSignedIn && !session.signedIn;
  wasSignedIn = session.signedIn;
  show().then(() => {
    if (expired) main.prepend(message(WORK_TEXTS[lang()].expired, 'problem'));
    if (session.signedIn) main.focus();
  });
});
window.addEventListener('popstate', show);
settings().then((s) => session.listen(s.portalOrigins || []));
show();
